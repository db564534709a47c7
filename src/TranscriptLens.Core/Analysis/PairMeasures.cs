using System.Globalization;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Analysis;

/// <summary>A pair's components, composite, interval and LSM over a range of sessions.</summary>
internal static class PairMeasures
{
    /// <summary>
    /// Measures pair (<paramref name="a"/>, <paramref name="b"/>) over sessions [<paramref name="from"/>,
    /// <paramref name="to"/>); <paramref name="pairIndex"/> and <paramref name="periodIndex"/> (−1 for the
    /// whole chat) select the bootstrap's random stream, so every interval is reproducible on its own.
    /// </summary>
    public static PairReport Measure(
        SessionTable table, PairRows rows, ParticipantSessionStats[] totals, AnalysisSettings settings,
        int a, int b, int from, int to, int pairIndex, int periodIndex)
    {
        var (start, count) = rows.RangeOf(from, to);
        var slice = rows.Slice(start, count);
        Span<double> sums = stackalloc double[PairRows.Width];
        for (var r = 0; r < count; r++)
        {
            var row = slice.Slice(r * PairRows.Width, PairRows.Width);
            for (var k = 0; k < PairRows.Width; k++)
            {
                sums[k] += row[k];
            }
        }

        var composite = LabourAsymmetry.Composite(sums);
        var reason = Insufficiency(table, totals, settings, a, b, count, composite);
        (double Low, double High)? interval = null;
        if (reason is null)
        {
            interval = SessionBootstrap.Interval(rows.CompactSlice(start, count), settings.BootstrapResamples, BootstrapRandom.Derive(settings.Seed, pairIndex, periodIndex));
        }

        var sufficient = reason is null;
        return new PairReport
        {
            A = table.Names[a],
            B = table.Names[b],
            Sessions = count,
            MessagesA = totals[a].Messages,
            MessagesB = totals[b].Messages,
            Components = LabourAsymmetry.Components(sums),
            Status = sufficient ? DataSufficiency.Sufficient : DataSufficiency.InsufficientData,
            InsufficientReason = reason,
            Asymmetry = sufficient ? composite : null,
            CiLow = sufficient ? interval?.Low : null,
            CiHigh = sufficient ? interval?.High : null,
            Lsm = LanguageStyleMatching.Compute(totals[a], totals[b]),
        };
    }

    private static string? Insufficiency(
        SessionTable table, ParticipantSessionStats[] totals, AnalysisSettings settings, int a, int b, int sessions, double composite)
    {
        if (sessions < settings.MinimumSessions)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{sessions} session(s) with {table.Names[a]} or {table.Names[b]}; at least {settings.MinimumSessions} needed");
        }

        foreach (var person in (ReadOnlySpan<int>)[a, b])
        {
            if (totals[person].Messages < settings.MinimumMessagesPerPerson)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"{table.Names[person]} wrote {totals[person].Messages} message(s); at least {settings.MinimumMessagesPerPerson} needed per person");
            }
        }

        return double.IsNaN(composite) ? "no component of the asymmetry could be computed" : null;
    }
}
