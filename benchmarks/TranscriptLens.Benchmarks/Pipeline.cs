using TranscriptLens.Classification.Tagging;
using TranscriptLens.Core.Analysis;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Pipeline;
using TranscriptLens.Core.Reports;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Benchmarks;

/// <summary>
/// The shipped pipeline (<see cref="TranscriptAnalysis"/>) as the commands call it, for the
/// benchmarks to time one stage at a time or together: the benchmarks measure what ships.
/// </summary>
internal static class Pipeline
{
    /// <summary>How <c>analyze</c> is configured by default.</summary>
    public static AnalysisSettings Settings { get; } = new();

    /// <summary>The export at <paramref name="path"/> in <paramref name="format"/>, read as the CLI reads it with <c>--me</c> set.</summary>
    public static TranscriptSource Source(string format, string path) =>
        TranscriptSource.FromFile(path, format, ParseOptions.Default with { Me = HistoryFiles.People[0] });

    /// <summary>The read stage as <c>parse</c> runs it (detect, parse, order, number on a read-ahead thread; lazy).</summary>
    public static IEnumerable<Message> Read(string format, string path) =>
        TranscriptAnalysis.Shipped.Read(Source(format, path), new DiagnosticBag());

    /// <summary>The shipped models, loaded as <c>analyze</c> loads them.</summary>
    public static IMessageTagger Tagger() => new MlTaggerProvider().Load(null);

    /// <summary>Enumerates <paramref name="items"/> to the end and counts them.</summary>
    public static int Drain<T>(IEnumerable<T> items)
    {
        var count = 0;
        foreach (var _ in items)
        {
            count++;
        }

        return count;
    }
}
