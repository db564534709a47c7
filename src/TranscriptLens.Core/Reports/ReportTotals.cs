using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Reports;

/// <summary>Counts over a whole conversation (or one period).</summary>
public sealed record ReportTotals
{
    /// <summary>Messages by participants: text, media and deleted; system messages are never counted.</summary>
    public required int Messages { get; init; }

    /// <summary>Sessions: maximal runs of messages whose consecutive gaps are at most the session gap.</summary>
    public required int Sessions { get; init; }

    /// <summary>Turns: maximal runs of consecutive messages by one sender within a session.</summary>
    public required int Turns { get; init; }

    /// <summary>System messages seen and left out of every measure.</summary>
    public required int SystemMessages { get; init; }

    /// <summary>The time of the first counted message, or null when there is none.</summary>
    public ChatTime? First { get; init; }

    /// <summary>The time of the last counted message, or null when there is none.</summary>
    public ChatTime? Last { get; init; }
}
