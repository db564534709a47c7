using System.Globalization;

namespace TranscriptLens.Cli.Commands;

/// <summary>Progress of a long analysis on stderr: one line per <see cref="Core.Analysis.ChatAnalyzer.ProgressInterval"/> messages.</summary>
internal sealed class ConsoleProgress(TextWriter error, string source) : IProgress<long>
{
    /// <inheritdoc />
    public void Report(long value) =>
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{source}: {value:N0} messages read"));
}
