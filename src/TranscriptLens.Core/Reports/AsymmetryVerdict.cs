namespace TranscriptLens.Core.Reports;

/// <summary>
/// What a pair's 95 % interval of the labour asymmetry allows one to say. A side is claimed only
/// when the whole interval lies on it; the rule is applied once by the analysis
/// (<c>Analysis/VerdictRule</c>) and every writer words this value instead of deciding again.
/// </summary>
public enum AsymmetryVerdict
{
    /// <summary>
    /// No composite: too few sessions or messages (<see cref="DataSufficiency.InsufficientData"/>), or
    /// no interval. The default, so a report built without a verdict never claims a side.
    /// </summary>
    Insufficient,

    /// <summary>The interval includes 0 (lower bound ≤ 0 ≤ upper bound): no clear imbalance.</summary>
    Balanced,

    /// <summary>The whole interval is above 0 (lower bound &gt; 0): <c>A</c> carries more.</summary>
    LeansToA,

    /// <summary>The whole interval is below 0 (upper bound &lt; 0): <c>B</c> carries more.</summary>
    LeansToB,
}
