using Microsoft.Extensions.DependencyInjection;
using TranscriptLens.Classification.Tagging;
using TranscriptLens.Cli.Commands;
using TranscriptLens.Cli.Hosting;
using TranscriptLens.Core.Formats;
using TranscriptLens.Core.Pipeline;
using TranscriptLens.Core.Rendering;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Cli;

/// <summary>Registers parsers, sniffers, stages and commands.</summary>
internal static class ServiceRegistration
{
    /// <summary>Everything the CLI needs.</summary>
    public static IServiceCollection AddTranscriptLens(this IServiceCollection services)
    {
        // The shipped formats: one list in Core (ChatFormats), read by everything.
        services.AddSingleton(ChatFormats.Registry);
        services.AddSingleton<TranscriptAnalysis>();

        // Report writers: the one list in Core (ReportWriters), chosen by name.
        foreach (var writer in ReportFormats.All)
        {
            services.AddSingleton(writer);
        }

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
