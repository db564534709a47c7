namespace TranscriptLens.Core.Reports;

/// <summary>How many of a person's tagged messages carry each engagement label (docs/labels.md#engagement).</summary>
public sealed record EngagementCounts
{
    /// <summary>Messages tagged <c>explaining</c>.</summary>
    public required int Explaining { get; init; }

    /// <summary>Messages tagged <c>minimal</c>.</summary>
    public required int Minimal { get; init; }

    /// <summary>Messages tagged <c>deflecting</c>.</summary>
    public required int Deflecting { get; init; }

    /// <summary>Messages tagged <c>neutral</c>.</summary>
    public required int Neutral { get; init; }

    /// <summary>All tagged messages (the denominator of the engagement rates; deleted messages are not tagged).</summary>
    public int Total => Explaining + Minimal + Deflecting + Neutral;
}
