using BenchmarkDotNet.Attributes;
using TranscriptLens.Classification.Tagging;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Tagging;
using TranscriptLens.Core.Tagging.Baseline;

namespace TranscriptLens.Benchmarks;

/// <summary>
/// Batch tagging throughput with the shipped models (copied beside the program at build time):
/// one operation tags the whole history, with a fresh per-text cache, so unseen texts are paid
/// for in every operation. Messages per second = N / Mean.
/// </summary>
[MemoryDiagnoser]
public class TaggingBenchmarks
{
    private Message[] _messages = [];
    private IMessageTagger _ml = null!;
    private readonly KeywordBaselineTagger _baseline = new();

    /// <summary>History size.</summary>
    [Params(100_000)]
    public int N { get; set; }

    /// <summary>Loads the models and generates the history.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _ml = new MlTaggerProvider().Load(null);
        _messages = ChatGenerator.Generate(N, seed: 42);
    }

    /// <summary>The ML tagger over the whole history.</summary>
    [Benchmark(Baseline = true)]
    public int TagWithModels() => Count(_ml.Tag(_messages));

    /// <summary>The keyword baseline over the same history.</summary>
    [Benchmark]
    public int TagWithKeywordBaseline() => Count(_baseline.Tag(_messages));

    private static int Count(IEnumerable<TaggedMessage> tagged)
    {
        var count = 0;
        foreach (var item in tagged)
        {
            if (item.Tags is not null)
            {
                count++;
            }
        }

        return count;
    }
}
