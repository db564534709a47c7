using Microsoft.Extensions.Configuration;

namespace TranscriptLens.Cli.Hosting;

/// <summary>Configuration sources the CLI reads.</summary>
internal static class ConfigurationExtensions
{
    /// <summary>Environment variables with the given prefix (e.g. <c>TRANSCRIPTLENS_MODELS</c>).</summary>
    public static IConfigurationBuilder AddEnvironmentVariablesPrefixed(this IConfigurationBuilder builder, string prefix) =>
        builder.AddEnvironmentVariables(prefix);
}
