using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Analysis;

/// <summary>Chooses the pair a report leads with (<see cref="AnalysisReport.HeadlinePairIndex"/>).</summary>
internal static class HeadlinePairRule
{
    /// <summary>
    /// The index of the busiest pair: the most messages by its two people together; on a tie the
    /// earlier pair (pairs are in participant order, so the rule is deterministic). Null without pairs.
    /// </summary>
    public static int? Choose(IReadOnlyList<PairReport> pairs)
    {
        int? best = null;
        for (var i = 0; i < pairs.Count; i++)
        {
            // Strictly greater: an equal count later in the list never displaces an earlier pair.
            if (best is not { } b || Messages(pairs[i]) > Messages(pairs[b]))
            {
                best = i;
            }
        }

        return best;
    }

    private static long Messages(PairReport pair) => (long)pair.MessagesA + pair.MessagesB;
}
