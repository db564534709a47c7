using TranscriptLens.Core.Analysis;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Formats;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Reports;
using TranscriptLens.Core.Streaming;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Core.Pipeline;

/// <summary>
/// The pipeline: the one place that composes the stages, read (detect, parse, convert the zone, order)
/// → tag → aggregate, and decides which runs on which thread. Every command, batch run, benchmark and
/// end-to-end test goes through it, so what is measured and tested is what ships.
/// <para>
/// Threads: parsing runs on a read-ahead thread of its own, tagging (which featurises new texts on a
/// pool thread as well) on a second, and the caller's thread aggregates or writes; each stage stays a
/// few batches of messages ahead of the next, so memory is bounded and both cores of a small machine
/// work. Only the parser reports diagnostics, and every stage keeps message order, so the result does
/// not depend on the threading. Cancellation is observed before every message, and once more before
/// the intervals are computed.
/// </para>
/// </summary>
/// <param name="formats">The formats to read (the shipped ones: <see cref="ChatFormats.Registry"/>).</param>
public sealed class TranscriptAnalysis(ParserRegistry formats)
{
    /// <summary>The pipeline over the shipped formats.</summary>
    public static TranscriptAnalysis Shipped { get; } = new(ChatFormats.Registry);

    /// <summary>
    /// The read stage: the messages of <paramref name="source"/> in time order, numbered per
    /// conversation. The format is decided (or the forced one looked up) now, so an unknown or
    /// undetectable input fails here; the messages are read lazily, on a thread of their own.
    /// Diagnostics are complete once the result has been enumerated to the end.
    /// </summary>
    public IEnumerable<Message> Read(TranscriptSource source, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        var parser = source.Format is null ? formats.Detect(source.Input) : formats.Get(source.Format);
        var messages = TranscriptReader.Read(source.Input, parser, source.Options, diagnostics);
        return ReadAhead.Enumerate(Cancellation.Observe(messages, cancellationToken));
    }

    /// <summary>The read and tag stages: every message with its tags, judged in context under <paramref name="rules"/>.</summary>
    public IEnumerable<TaggedMessage> Tag(
        TranscriptSource source, IMessageTagger tagger, SessionRules rules, DiagnosticBag diagnostics, CancellationToken cancellationToken = default) =>
        ReadAhead.Enumerate(tagger.Tag(Read(source, diagnostics, cancellationToken), rules));

    /// <summary>
    /// The whole run for one export: read, tag (with the analysis's own session rules) and aggregate
    /// into one report per conversation, each carrying the counts of the export's diagnostics
    /// (<see cref="Reports.AnalysisReport.Diagnostics"/>). <paramref name="progress"/> hears the number of messages read
    /// every <see cref="ChatAnalyzer.ProgressInterval"/>.
    /// </summary>
    public AnalysisResult Run(
        TranscriptSource source, IMessageTagger tagger, AnalysisSettings settings,
        IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var diagnostics = new DiagnosticBag();
        var tagged = Tag(source, tagger, settings.Sessions, diagnostics, cancellationToken);
        var reports = new ChatAnalyzer(settings).Analyze(tagged, source.DisplayName, tagger.Name, progress, cancellationToken);

        // The parser has finished (the stream was read to its end), so the diagnostics are complete.
        // They belong to the export, so every conversation's report carries the same counts.
        var summary = DiagnosticSummary.Summarize(diagnostics);
        return new AnalysisResult([.. reports.Select(r => r with { Diagnostics = summary })], diagnostics);
    }
}
