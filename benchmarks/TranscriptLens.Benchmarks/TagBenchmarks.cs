using BenchmarkDotNet.Attributes;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Benchmarks;

/// <summary>
/// The tagging stage over history sizes: both axes (initiating, engagement) with the shipped models,
/// on the parsed benchmark history (held in memory), with a fresh per-text cache each operation.
/// <see cref="TaggingBenchmarks"/> compares the models with the keyword baseline on a harsher history.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SuiteConfig))]
public class TagBenchmarks
{
    private Message[] _messages = [];
    private IMessageTagger _tagger = null!;

    /// <summary>History length in messages.</summary>
    [Params(100_000, 1_000_000, 2_000_000)]
    public int Messages { get; set; }

    /// <summary>Parses the history and loads the models.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _messages = [.. Pipeline.Read("whatsapp", HistoryFiles.Export("whatsapp", Messages))];
        _tagger = Pipeline.Tagger();
    }

    /// <summary>Tags every message.</summary>
    [Benchmark]
    public int Tag() => Pipeline.Drain(_tagger.Tag(_messages));
}
