namespace TranscriptLens.Core.Reports;

/// <summary>
/// A person's reply latencies: a histogram on a log-like scale anchored on the mobile-messaging
/// figures in docs/science.md#reply-latency (median time to view 6.15 min, Pielot et al. 2014; attentive again within
/// 5 min in 75 % of cases, Dingler &amp; Pielot 2015) and the quartiles. Latencies are heavy-tailed, so
/// medians and quartiles, never means.
/// </summary>
public sealed record LatencyDistribution
{
    /// <summary>Number of replies measured.</summary>
    public required int Count { get; init; }

    /// <summary>Bins &lt;1 min, 1–5 min, 5–30 min, 30 min–1 h, 1–6 h, &gt;6 h (always all six, possibly zero).</summary>
    public required IReadOnlyList<LatencyBin> Bins { get; init; }

    /// <summary>First quartile in seconds; null without replies.</summary>
    public double? Q1Seconds { get; init; }

    /// <summary>Median in seconds; null without replies.</summary>
    public double? MedianSeconds { get; init; }

    /// <summary>Third quartile in seconds; null without replies.</summary>
    public double? Q3Seconds { get; init; }
}
