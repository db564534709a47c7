using TranscriptLens.Core.Model;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Analysis;

/// <summary>Turns one conversation's <see cref="SessionTable"/> into its <see cref="AnalysisReport"/>.</summary>
internal static class ReportBuilder
{
    /// <summary>Builds the report: overall measures, pairs with intervals, and the timeline.</summary>
    public static AnalysisReport Build(SessionTable table, AnalysisSettings settings, string source, string? conversation, string? tagger)
    {
        var sessionCount = table.Sessions.Count;
        var totals = ParticipantMeasures.Totals(table, 0, sessionCount);
        var pairs = PairSelection.Select(table.Names, totals, settings);
        var rows = pairs.Select(p => PairRows.Build(table, p.A, p.B)).ToArray();

        var measured = MeasurePairs(table, settings, pairs, rows, totals, 0, sessionCount, -1);
        return new AnalysisReport
        {
            Source = source,
            Conversation = conversation,
            Tagger = tagger,
            Settings = settings,
            Totals = Totals(table, 0, sessionCount, table.SystemMessages, table.First, table.Last),
            Participants = ParticipantMeasures.Measure(table, totals, 0, sessionCount),
            Pairs = measured,
            HeadlinePairIndex = HeadlinePairRule.Choose(measured),
            Timeline = Timeline(table, settings, pairs, rows),
        };
    }

    private static PairReport[] MeasurePairs(
        SessionTable table, AnalysisSettings settings, IReadOnlyList<(int A, int B)> pairs, PairRows[] rows,
        ParticipantSessionStats[] totals, int from, int to, int periodIndex) =>
        pairs.Select((p, i) => PairMeasures.Measure(table, rows[i], totals, settings, p.A, p.B, from, to, i, periodIndex))
            .Select(p => p with { Verdict = VerdictRule.Of(p) })
            .ToArray();

    private static PeriodReport[] Timeline(SessionTable table, AnalysisSettings settings, IReadOnlyList<(int A, int B)> pairs, PairRows[] rows)
    {
        var periods = PeriodRanges(table.Sessions, settings.Period);
        var reports = new PeriodReport[periods.Count];

        // Periods are independent (each bootstrap has its own seeded stream), so they are measured in
        // parallel; the result does not depend on the order or the number of threads.
        Parallel.For(0, periods.Count, index =>
        {
            var (start, from, to) = periods[index];
            var totals = ParticipantMeasures.Totals(table, from, to);
            ChatTime? first = to > from ? table.Sessions[from].Start : null;
            ChatTime? last = to > from ? table.Sessions[to - 1].End : null;
            reports[index] = new PeriodReport
            {
                Label = PeriodCalendar.Label(start, settings.Period),
                Start = start,
                End = PeriodCalendar.Next(start, settings.Period),
                Totals = Totals(table, from, to, table.SystemMessagesByPeriod.GetValueOrDefault(start), first, last),
                Participants = ParticipantMeasures.Measure(table, totals, from, to),
                Pairs = MeasurePairs(table, settings, pairs, rows, totals, from, to, index),
            };
        });

        return reports;
    }

    /// <summary>
    /// Every period from the first session's to the last session's, with its range of sessions
    /// [From, To). Sessions are in time order, so a period is a contiguous run; a session whose
    /// wall-clock period is earlier than the current one (a DST fold) stays in the current period.
    /// </summary>
    private static List<(DateOnly Start, int From, int To)> PeriodRanges(IReadOnlyList<SessionSummary> sessions, CalendarPeriod unit)
    {
        var ranges = new List<(DateOnly, int, int)>();
        if (sessions.Count == 0)
        {
            return ranges;
        }

        var period = sessions[0].PeriodStart;
        var from = 0;
        while (from < sessions.Count)
        {
            var next = PeriodCalendar.Next(period, unit);
            var to = from;
            while (to < sessions.Count && sessions[to].PeriodStart < next)
            {
                to++;
            }

            ranges.Add((period, from, to));
            from = to;
            period = next;
        }

        return ranges;
    }

    private static ReportTotals Totals(SessionTable table, int from, int to, int system, ChatTime? first, ChatTime? last)
    {
        var messages = 0;
        var turns = 0;
        for (var s = from; s < to; s++)
        {
            messages += table.Sessions[s].Messages;
            turns += table.Sessions[s].Turns;
        }

        return new ReportTotals
        {
            Messages = messages,
            Sessions = to - from,
            Turns = turns,
            SystemMessages = system,
            First = first,
            Last = last,
        };
    }
}
