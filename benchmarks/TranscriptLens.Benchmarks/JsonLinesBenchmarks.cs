using BenchmarkDotNet.Attributes;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Output;

namespace TranscriptLens.Benchmarks;

/// <summary>
/// The output stage of <c>parse</c>: parsed messages (held in memory) written as JSON Lines to a
/// stream that discards them, so the figure is formatting alone, without the disk.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SuiteConfig))]
public class JsonLinesBenchmarks
{
    private Message[] _messages = [];

    /// <summary>History length in messages.</summary>
    [Params(100_000, 1_000_000, 2_000_000)]
    public int Messages { get; set; }

    /// <summary>Parses the WhatsApp export of the history.</summary>
    [GlobalSetup]
    public void Setup() => _messages = [.. Pipeline.Read("whatsapp", HistoryFiles.Export("whatsapp", Messages))];

    /// <summary>Writes every message.</summary>
    [Benchmark]
    public int WriteJsonLines()
    {
        using var writer = new MessageJsonLinesWriter(Stream.Null);
        foreach (var message in _messages)
        {
            writer.Write(message);
        }

        return _messages.Length;
    }
}
