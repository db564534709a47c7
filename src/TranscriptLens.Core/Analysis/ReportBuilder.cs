using TranscriptLens.Core.Model;
using TranscriptLens.Core.Reporting;

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

        return new AnalysisReport
        {
            Source = source,
            Conversation = conversation,
            Tagger = tagger,
            Settings = settings,
            Totals = Totals(table, 0, sessionCount, table.SystemMessages, table.First, table.Last),
            Participants = ParticipantMeasures.Measure(table, totals, 0, sessionCount),
            Pairs = MeasurePairs(table, settings, pairs, rows, totals, 0, sessionCount, -1),
            Timeline = Timeline(table, settings, pairs, rows),
        };
    }

    private static PairReport[] MeasurePairs(
        SessionTable table, AnalysisSettings settings, IReadOnlyList<(int A, int B)> pairs, PairRows[] rows,
        ParticipantSessionStats[] totals, int from, int to, int periodIndex) =>
        pairs.Select((p, i) => PairMeasures.Measure(table, rows[i], totals, settings, p.A, p.B, from, to, i, periodIndex)).ToArray();

    private static PeriodReport[] Timeline(SessionTable table, AnalysisSettings settings, IReadOnlyList<(int A, int B)> pairs, PairRows[] rows)
    {
        var sessions = table.Sessions;
        if (sessions.Count == 0)
        {
            return [];
        }

        var periods = new List<PeriodReport>();
        var period = sessions[0].PeriodStart;
        var from = 0;
        while (from < sessions.Count)
        {
            // Sessions are in time order, so a period is a contiguous run. A session whose wall-clock
            // period is earlier than the current one (a DST fold) stays in the current period.
            var to = from;
            var next = PeriodCalendar.Next(period, settings.Period);
            while (to < sessions.Count && sessions[to].PeriodStart < next)
            {
                to++;
            }

            var totals = ParticipantMeasures.Totals(table, from, to);
            var system = table.SystemMessagesByPeriod.GetValueOrDefault(period);
            ChatTime? first = to > from ? sessions[from].Start : null;
            ChatTime? last = to > from ? sessions[to - 1].End : null;
            periods.Add(new PeriodReport
            {
                Label = PeriodCalendar.Label(period, settings.Period),
                Start = period,
                End = next,
                Totals = Totals(table, from, to, system, first, last),
                Participants = ParticipantMeasures.Measure(table, totals, from, to),
                Pairs = MeasurePairs(table, settings, pairs, rows, totals, from, to, periods.Count),
            });
            from = to;
            period = next;
        }

        return [.. periods];
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
