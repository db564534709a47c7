using TranscriptLens.Core.Analysis;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Reports;
using TranscriptLens.Core.Streaming;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Cli.Commands;

/// <summary>The pipeline for one export: read (detect, parse, order), tag, aggregate into one report per conversation.</summary>
internal sealed class ChatFileAnalysis(
    TranscriptReader reader, IMessageTagger tagger, AnalysisSettings settings, string? format, ParseOptions parseOptions,
    Func<string, IProgress<long>?> progress)
{
    /// <summary>Analyses the export at <paramref name="path"/>; problems in the input go to <paramref name="diagnostics"/>.</summary>
    public IReadOnlyList<AnalysisReport> Run(string path, DiagnosticBag diagnostics)
    {
        var source = Path.GetFileName(path);
        var messages = reader.Read(ChatInput.FromFile(path), format, parseOptions, diagnostics);

        // Three stages on their own threads, each a few batches ahead of the next: parsing, tagging
        // (which also featurises new texts on a pool thread) and aggregation here. Only the parser
        // reports diagnostics, so their order does not change; every stage keeps message order.
        var tagged = ReadAhead.Enumerate(tagger.Tag(ReadAhead.Enumerate(messages)));
        return new ChatAnalyzer(settings).Analyze(tagged, source, tagger.Name, progress(source));
    }
}
