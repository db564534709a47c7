namespace TranscriptLens.Core.Reports;

/// <summary>
/// The components of a pair's labour asymmetry, each in [-1, 1]: positive means the first person
/// (<c>A</c>) carries more, 0 balance, null when the component cannot be computed (no data on one
/// side). Scales in docs/metrics.md.
/// </summary>
public sealed record PairComponents
{
    /// <summary>(sessions A initiated − sessions B initiated) ÷ their sum.</summary>
    public double? SessionInitiation { get; init; }

    /// <summary>(follow-ups by A − follow-ups by B) ÷ their sum.</summary>
    public double? FollowUps { get; init; }

    /// <summary>(explaining messages by A − by B) ÷ their sum.</summary>
    public double? Explaining { get; init; }

    /// <summary>(words by A − words by B) ÷ their sum.</summary>
    public double? Words { get; init; }

    /// <summary>
    /// (A's turning-toward rate on B's bids − B's on A's) ÷ their sum: A answers B's bids with
    /// engagement more often than the reverse.
    /// </summary>
    public double? TurningToward { get; init; }

    /// <summary>
    /// tanh(½ · ln(g_B ÷ g_A)) = (g_B − g_A) ÷ (g_B + g_A), where g is the geometric mean of
    /// (1 + reply latency in seconds) of one person's replies to the other: A replies faster → positive.
    /// </summary>
    public double? ReplyLatency { get; init; }
}
