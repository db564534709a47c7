using BenchmarkDotNet.Attributes;
using TranscriptLens.Core.Output;
using TranscriptLens.Core.Pipeline;
using TranscriptLens.Core.Rendering.Json;

namespace TranscriptLens.Benchmarks;

/// <summary>
/// The two commands' pipelines in process, from the WhatsApp export file to output discarded as
/// written: <c>parse</c> (read ahead on a second thread, JSON Lines) and <c>analyze</c> (models
/// loaded, parse read ahead, tag both axes, aggregate with the bootstrap, JSON report). Process
/// start-up is not included; <c>benchmarks/compare.sh</c> measures whole processes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SuiteConfig))]
public class EndToEndBenchmarks
{
    private string _path = string.Empty;

    /// <summary>History length in messages.</summary>
    [Params(100_000, 1_000_000, 2_000_000)]
    public int Messages { get; set; }

    /// <summary>Writes (or finds) the export.</summary>
    [GlobalSetup]
    public void Setup() => _path = HistoryFiles.Export("whatsapp", Messages);

    /// <summary><c>parse</c>: export to JSON Lines.</summary>
    [Benchmark]
    public int ParseToJsonLines()
    {
        using var writer = new MessageJsonLinesWriter(Stream.Null);
        var count = 0;
        foreach (var message in Pipeline.Read("whatsapp", _path))
        {
            writer.Write(message);
            count++;
        }

        return count;
    }

    /// <summary><c>analyze --json</c>: export to report.</summary>
    [Benchmark]
    public int Analyze()
    {
        var reports = TranscriptAnalysis.Shipped.Run(Pipeline.Source("whatsapp", _path), Pipeline.Tagger(), Pipeline.Settings).Reports;
        var writer = new JsonReportWriter();
        foreach (var report in reports)
        {
            writer.Write(report, TextWriter.Null);
        }

        return reports.Count;
    }
}
