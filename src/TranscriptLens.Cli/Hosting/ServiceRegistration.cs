using Microsoft.Extensions.DependencyInjection;
using TranscriptLens.Classification.Tagging;
using TranscriptLens.Cli.Commands;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Tagging;

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

        // Tagging: the shipped ML models (or --models DIR).
        services.AddSingleton<ITaggerProvider, MlTaggerProvider>();

        // Commands, in help order.
        services.AddSingleton<ICliCommand, FormatsCommand>();
        services.AddSingleton<ICliCommand, ParseCommand>();
        services.AddSingleton<ICliCommand, TagCommand>();
        services.AddSingleton<ICliCommand, TrainCommand>();
        services.AddSingleton<ICliCommand, EvaluateCommand>();
        return services;
    }
}
