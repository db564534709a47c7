namespace TranscriptLens.Core.Reports;

/// <summary>
/// How the conversational labour is shared between two people: the components, the composite
/// labour asymmetry in [-1, 1] (positive: <c>A</c> carries more) with a seeded session-bootstrap 95 %
/// interval, and language style matching.
/// </summary>
public sealed record PairReport
{
    /// <summary>The first person (the <c>--me</c> person when set); positive scores mean A carries more.</summary>
    public required string A { get; init; }

    /// <summary>The second person.</summary>
    public required string B { get; init; }

    /// <summary>Sessions in which A or B wrote: the units the bootstrap resamples.</summary>
    public required int Sessions { get; init; }

    /// <summary>Messages by A.</summary>
    public required int MessagesA { get; init; }

    /// <summary>Messages by B.</summary>
    public required int MessagesB { get; init; }

    /// <summary>Each component of the labour asymmetry (descriptive even when data are insufficient).</summary>
    public required PairComponents Components { get; init; }

    /// <summary>Whether the composite is reported.</summary>
    public required DataSufficiency Status { get; init; }

    /// <summary>Why the data are insufficient (e.g. "12 sessions; at least 20 needed"); null when sufficient.</summary>
    public string? InsufficientReason { get; init; }

    /// <summary>Labour asymmetry: the mean of the available components, in [-1, 1]; null when insufficient.</summary>
    public double? Asymmetry { get; init; }

    /// <summary>Lower bound of the 95 % bootstrap interval (2.5th percentile); null when insufficient.</summary>
    public double? CiLow { get; init; }

    /// <summary>Upper bound of the 95 % bootstrap interval (97.5th percentile); null when insufficient.</summary>
    public double? CiHigh { get; init; }

    /// <summary>
    /// What the 95 % interval allows one to say: a side only when the whole interval lies on it,
    /// <see cref="AsymmetryVerdict.Insufficient"/> without a composite. Decided once by the analysis;
    /// writers only word it.
    /// </summary>
    public AsymmetryVerdict Verdict { get; init; }

    /// <summary>Language style matching of the pair.</summary>
    public required LanguageStyleMatch Lsm { get; init; }
}
