namespace TranscriptLens.Core.Reports;

/// <summary>One function-word category of language style matching.</summary>
public sealed record LsmCategoryScore
{
    /// <summary>The category name (e.g. <c>personal_pronouns</c>).</summary>
    public required string Category { get; init; }

    /// <summary>Percentage of A's words in the category.</summary>
    public required double PercentA { get; init; }

    /// <summary>Percentage of B's words in the category.</summary>
    public required double PercentB { get; init; }

    /// <summary>1 − |pA − pB| ÷ (pA + pB + 0.0001), in [0, 1].</summary>
    public required double Score { get; init; }
}
