namespace TranscriptLens.Core.Diagnostics;

/// <summary>What a diagnostic is about, for the counts a report shows ("12 lines could not be read").</summary>
public enum DiagnosticKind
{
    /// <summary>Anything not listed below.</summary>
    Other,

    /// <summary>Something in the export could not be read as a message and was left out (a row, a record, lines before the first message).</summary>
    Skipped,

    /// <summary>Read with a repair or in another form than written (a stray quote read as is, a header with an impossible date kept as text, unreadable content kept as a placeholder).</summary>
    Repaired,

    /// <summary>Cut short: an over-long line or message, or a file that breaks off.</summary>
    Truncated,

    /// <summary>A message out of time order beyond what the reorder window can sort.</summary>
    OutOfOrder,

    /// <summary>An assumption the file did not decide (the day/month order, the zone of naive times).</summary>
    Assumption,
}
