using BenchmarkDotNet.Attributes;
using TranscriptLens.Core.Analysis;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Benchmarks;

/// <summary>
/// The aggregation stage: sessions, turns, replies, follow-ups, bids, language style matching, the
/// per-month timeline and the bootstrap intervals (1,000 resamples), from tagged messages held in
/// memory to one <c>AnalysisReport</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SuiteConfig))]
public class AggregateBenchmarks
{
    private TaggedMessage[] _tagged = [];

    /// <summary>History length in messages.</summary>
    [Params(100_000, 1_000_000, 2_000_000)]
    public int Messages { get; set; }

    /// <summary>Parses and tags the history.</summary>
    [GlobalSetup]
    public void Setup() =>
        _tagged = [.. Pipeline.Tagger().Tag(Pipeline.Read("whatsapp", HistoryFiles.Export("whatsapp", Messages)))];

    /// <summary>Aggregates the tagged history into its report.</summary>
    [Benchmark]
    public int Aggregate() => new ChatAnalyzer(Pipeline.Settings).Analyze(_tagged, "history.txt", "ml").Count;
}
