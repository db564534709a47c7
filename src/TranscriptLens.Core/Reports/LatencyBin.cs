namespace TranscriptLens.Core.Reports;

/// <summary>One bar of a reply-latency histogram: replies with <c>MinSeconds ≤ latency &lt; MaxSeconds</c>.</summary>
public sealed record LatencyBin
{
    /// <summary>A short label for charts: <c>&lt;1 min</c>, <c>1–5 min</c>, …, <c>&gt;6 h</c>.</summary>
    public required string Label { get; init; }

    /// <summary>Inclusive lower bound in seconds.</summary>
    public required double MinSeconds { get; init; }

    /// <summary>Exclusive upper bound in seconds; null for the open last bin.</summary>
    public double? MaxSeconds { get; init; }

    /// <summary>Number of replies in the bin.</summary>
    public required int Count { get; init; }
}
