namespace TranscriptLens.Core.Reports;

/// <summary>
/// Language style matching of a pair (Ireland &amp; Pennebaker 2010; docs/science.md#language-style-matching): the mean over 9
/// function-word categories of 1 − |pA − pB| ÷ (pA + pB + 0.0001), in [0, 1], 1 = identical style.
/// Symmetric. Computed on each person's words in the conversation (or period).
/// </summary>
public sealed record LanguageStyleMatch
{
    /// <summary>The LSM score; null when either person wrote no words.</summary>
    public double? Score { get; init; }

    /// <summary>Counted words by A (letters or digits; the LSM denominator).</summary>
    public required int WordsA { get; init; }

    /// <summary>Counted words by B.</summary>
    public required int WordsB { get; init; }

    /// <summary>The 9 categories in a fixed order (empty when <see cref="Score"/> is null).</summary>
    public required IReadOnlyList<LsmCategoryScore> Categories { get; init; }
}
