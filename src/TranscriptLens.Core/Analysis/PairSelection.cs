using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Analysis;

/// <summary>
/// Which pairs a report compares: the one pair of a two-person chat; in a group every pair of
/// active members (at least <see cref="AnalysisSettings.MinimumMessagesPerPerson"/> messages, so a
/// large group with many lurkers does not explode into pairs that could never be reported); with
/// <c>--me</c> only that person's pairs, with that person as A.
/// </summary>
internal static class PairSelection
{
    /// <summary>The pairs (A, B) as participant indices, in participant order.</summary>
    public static IReadOnlyList<(int A, int B)> Select(IReadOnlyList<string> names, ParticipantSessionStats[] totals, AnalysisSettings settings)
    {
        var me = -1;
        if (settings.Me is { } name)
        {
            me = FindMe(names, name);
        }

        if (names.Count < 2)
        {
            return [];
        }

        bool Active(int i) => names.Count == 2 || totals[i].Messages >= settings.MinimumMessagesPerPerson;

        var pairs = new List<(int, int)>();
        if (me >= 0)
        {
            for (var other = 0; other < names.Count; other++)
            {
                if (other != me && Active(other))
                {
                    pairs.Add((me, other));
                }
            }

            return pairs;
        }

        for (var a = 0; a < names.Count; a++)
        {
            for (var b = a + 1; b < names.Count; b++)
            {
                if (Active(a) && Active(b))
                {
                    pairs.Add((a, b));
                }
            }
        }

        return pairs;
    }

    private static int FindMe(IReadOnlyList<string> names, string me)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], me, StringComparison.Ordinal))
            {
                return i;
            }
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i].Trim(), me.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        var known = names.Count == 0 ? "none" : string.Join(", ", names.Select(n => $"'{n}'"));
        throw new UsageException($"--me {me}: nobody of that name wrote in this chat; participants: {known}");
    }
}
