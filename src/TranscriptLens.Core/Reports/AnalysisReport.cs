namespace TranscriptLens.Core.Reports;

/// <summary>
/// Everything TranscriptLens measured in one conversation, computed once by the analysis and then
/// only rendered (console, JSON, HTML). Immutable; members are only ever added, never renamed.
/// </summary>
public sealed record AnalysisReport
{
    /// <summary>The input as the user named it (file name or path).</summary>
    public required string Source { get; init; }

    /// <summary>The conversation key (chat name or SMS thread) for sources that hold several; null otherwise.</summary>
    public string? Conversation { get; init; }

    /// <summary>The name of the tagger that labelled the messages (e.g. <c>ml</c>), when known.</summary>
    public string? Tagger { get; init; }

    /// <summary>The settings that produced these numbers.</summary>
    public required AnalysisSettings Settings { get; init; }

    /// <summary>Counts over the whole conversation.</summary>
    public required ReportTotals Totals { get; init; }

    /// <summary>One entry per person who wrote at least one (non-system) message, in order of first message.</summary>
    public required IReadOnlyList<ParticipantReport> Participants { get; init; }

    /// <summary>
    /// The compared pairs: every pair of participants (in a group, each pair of active members), or
    /// only the pairs that include <see cref="AnalysisSettings.Me"/> when it is set (then it is always <c>A</c>).
    /// </summary>
    public required IReadOnlyList<PairReport> Pairs { get; init; }

    /// <summary>
    /// The index in <see cref="Pairs"/> of the headline pair, the one every writer leads with: the
    /// busiest pair, i.e. the most messages by its two people together (<c>MessagesA + MessagesB</c>),
    /// ties broken by pair order (the earlier pair wins). The only pair of a two-person chat. Null
    /// when there is no pair. Chosen once by the analysis.
    /// </summary>
    public int? HeadlinePairIndex { get; init; }

    /// <summary>The headline pair (see <see cref="HeadlinePairIndex"/>), or null when there is no pair.</summary>
    public PairReport? HeadlinePair => HeadlinePairIndex is { } i && i >= 0 && i < Pairs.Count ? Pairs[i] : null;

    /// <summary>Warnings and errors from reading the export; <see cref="ReportDiagnostics.None"/> for a clean read.</summary>
    public ReportDiagnostics Diagnostics { get; init; } = ReportDiagnostics.None;

    /// <summary>The same measures per calendar period, from the first to the last period with a message (empty periods included).</summary>
    public required IReadOnlyList<PeriodReport> Timeline { get; init; }
}
