using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Analysis;

/// <summary>Decides a pair's <see cref="AsymmetryVerdict"/> from its status and its 95 % interval.</summary>
internal static class VerdictRule
{
    /// <summary>
    /// <see cref="AsymmetryVerdict.Insufficient"/> when the composite is not reported or the interval
    /// is missing; <see cref="AsymmetryVerdict.LeansToA"/> when the lower bound is above 0;
    /// <see cref="AsymmetryVerdict.LeansToB"/> when the upper bound is below 0; otherwise (the interval
    /// includes 0, bounds of exactly 0 included) <see cref="AsymmetryVerdict.Balanced"/>.
    /// </summary>
    public static AsymmetryVerdict Of(PairReport pair)
    {
        if (pair.Status != DataSufficiency.Sufficient
            || pair.CiLow is not { } low || pair.CiHigh is not { } high
            || !double.IsFinite(low) || !double.IsFinite(high))
        {
            return AsymmetryVerdict.Insufficient;
        }

        return low > 0 ? AsymmetryVerdict.LeansToA
            : high < 0 ? AsymmetryVerdict.LeansToB
            : AsymmetryVerdict.Balanced;
    }
}
