namespace TranscriptLens.Core.Reports;

/// <summary>
/// The measures of one calendar period. A session belongs to the period in which its first message
/// was written (wall-clock date), so every period is a set of whole sessions.
/// </summary>
public sealed record PeriodReport
{
    /// <summary><c>2024-W05</c>, <c>2024-03</c> or <c>2024-Q1</c>.</summary>
    public required string Label { get; init; }

    /// <summary>First day of the period.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>First day after the period (exclusive end).</summary>
    public required DateOnly End { get; init; }

    /// <summary>Counts within the period.</summary>
    public required ReportTotals Totals { get; init; }

    /// <summary>Every participant of the conversation (also those silent in the period), same order as the report.</summary>
    public required IReadOnlyList<ParticipantReport> Participants { get; init; }

    /// <summary>The same pairs as the report, measured within the period.</summary>
    public required IReadOnlyList<PairReport> Pairs { get; init; }
}
