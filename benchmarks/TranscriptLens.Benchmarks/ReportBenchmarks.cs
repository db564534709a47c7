using BenchmarkDotNet.Attributes;
using TranscriptLens.Core.Analysis;
using TranscriptLens.Core.Rendering.Console;
using TranscriptLens.Core.Rendering.Json;
using TranscriptLens.Core.Reports;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Benchmarks;

/// <summary>
/// The report writers, rendering one computed report (whose timeline grows with the history) to a
/// stream or writer that discards the output.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SuiteConfig))]
public class ReportBenchmarks
{
    private AnalysisReport _report = null!;

    /// <summary>History length in messages.</summary>
    [Params(100_000, 1_000_000, 2_000_000)]
    public int Messages { get; set; }

    /// <summary>Parses, tags and aggregates the history.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var tagged = Pipeline.Tagger().Tag(Pipeline.Read("whatsapp", HistoryFiles.Export("whatsapp", Messages)));
        _report = new ChatAnalyzer(Pipeline.Settings).Analyze(tagged, "history.txt", "ml")[0];
    }

    /// <summary>The full JSON report.</summary>
    [Benchmark]
    public void Json() => new JsonReportWriter().Write(_report, TextWriter.Null);

    /// <summary>The console summary.</summary>
    [Benchmark]
    public void Console() => new ConsoleReportWriter().Write(_report, TextWriter.Null);
}
