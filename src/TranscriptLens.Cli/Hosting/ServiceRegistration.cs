using Microsoft.Extensions.DependencyInjection;
using TranscriptLens.Cli.Commands;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Reporting;
using TranscriptLens.Core.Reporting.Html;

namespace TranscriptLens.Cli.Hosting;

/// <summary>Registers parsers, sniffers, stages and commands.</summary>
internal static class ServiceRegistration
{
    /// <summary>Everything the CLI needs.</summary>
    public static IServiceCollection AddTranscriptLens(this IServiceCollection services)
    {
        // Parsers and their sniffers: one line per format.
        services.AddSingleton<ParserRegistry>();
        services.AddSingleton<TranscriptReader>();

        // Report writers.
        services.AddSingleton<IHtmlReportWriter, HtmlReportWriter>();

        // Commands, in help order.
        services.AddSingleton<ICliCommand, FormatsCommand>();
        services.AddSingleton<ICliCommand, ParseCommand>();
        services.AddSingleton<ICliCommand, AnalyzeCommand>();
        return services;
    }
}
