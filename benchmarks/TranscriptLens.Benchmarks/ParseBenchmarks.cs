using BenchmarkDotNet.Attributes;

namespace TranscriptLens.Benchmarks;

/// <summary>
/// The read stage per format as the pipeline runs it: detect nothing (the format is given), read the
/// export, parse, order and number every message on the read-ahead thread, messages discarded as they come. The exports are the same seeded history
/// written as each format (<see cref="HistoryFiles"/>), so the formats are compared on equal content.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SuiteConfig))]
public class ParseBenchmarks
{
    private string _path = string.Empty;

    /// <summary>The export format.</summary>
    [Params("whatsapp", "csv", "sms", "telegram", "discord")]
    public string Format { get; set; } = "whatsapp";

    /// <summary>History length in messages.</summary>
    [Params(100_000, 1_000_000, 2_000_000)]
    public int Messages { get; set; }

    /// <summary>Writes (or finds) the export.</summary>
    [GlobalSetup]
    public void Setup() => _path = HistoryFiles.Export(Format, Messages);

    /// <summary>Parses the whole export.</summary>
    [Benchmark]
    public int Parse() => Pipeline.Drain(Pipeline.Read(Format, _path));
}
