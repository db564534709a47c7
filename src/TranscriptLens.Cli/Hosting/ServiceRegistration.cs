using Microsoft.Extensions.DependencyInjection;
using TranscriptLens.Classification.Tagging;
using TranscriptLens.Cli.Commands;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Parsing.Csv;
using TranscriptLens.Core.Parsing.Sms;
using TranscriptLens.Core.Parsing.Telegram;
using TranscriptLens.Core.Parsing.WhatsApp;
using TranscriptLens.Core.Reporting;
using TranscriptLens.Core.Reporting.Html;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Cli.Hosting;

/// <summary>Registers parsers, sniffers, stages and commands.</summary>
internal static class ServiceRegistration
{
    /// <summary>Everything the CLI needs.</summary>
    public static IServiceCollection AddTranscriptLens(this IServiceCollection services)
    {
        // Parsers and their sniffers: one line per format.
        services.AddSingleton<IChatParser, SmsBackupParser>();
        services.AddSingleton<IFormatSniffer, SmsBackupSniffer>();
        services.AddSingleton<IChatParser, TelegramParser>();
        services.AddSingleton<IFormatSniffer, TelegramSniffer>();
        services.AddSingleton<IChatParser, CsvChatParser>();
        services.AddSingleton<IFormatSniffer, CsvChatSniffer>();
        services.AddSingleton<IChatParser, WhatsAppParser>();
        services.AddSingleton<IFormatSniffer, WhatsAppSniffer>();
        services.AddSingleton<ParserRegistry>();
        services.AddSingleton<TranscriptReader>();

        // Report writers.
        services.AddSingleton<IHtmlReportWriter, HtmlReportWriter>();
        // Tagging: the shipped ML models (or --models DIR).
        services.AddSingleton<ITaggerProvider, MlTaggerProvider>();

        // Commands, in help order.
        services.AddSingleton<ICliCommand, FormatsCommand>();
        services.AddSingleton<ICliCommand, ParseCommand>();
        services.AddSingleton<ICliCommand, TagCommand>();
        services.AddSingleton<ICliCommand, AnalyzeCommand>();
        services.AddSingleton<ICliCommand, TrainCommand>();
        services.AddSingleton<ICliCommand, EvaluateCommand>();
        services.AddSingleton<ICliCommand, GenerateCommand>();
        return services;
    }
}
