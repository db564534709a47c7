using TranscriptLens.Core.Rendering.Html.Charts;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Rendering.Html.Sections;

/// <summary>Who opens conversations (share per period) and who reaches out again after silence (counts).</summary>
internal static class ReachingOutSection
{
    /// <summary>Writes the section.</summary>
    public static void Write(MarkupWriter writer, ReportFocus focus)
    {
        if (focus.People.Count == 0)
        {
            return;
        }

        writer.Element("h2", "Who reaches out", ("id", "reaching-out"));
        if (focus.Report.Timeline.Count > 0)
        {
            InitiationOverTime(focus).Write(writer);
        }

        Counts(focus).Write(writer);
    }

    private static ReportFigure InitiationOverTime(ReportFocus focus)
    {
        var report = focus.Report;
        var periodName = ReportText.PeriodName(report.Settings.Period);
        var periods = report.Timeline.Select(p => p.Label).ToList();
        var series = focus.People.Select((person, i) => new LineSeries(
            person.Name,
            Palette.Person(i),
            [.. report.Timeline.Select(t => focus.InPeriod(t, i).InitiationShare)],
            Notes: [.. report.Timeline.Select(t => ReportText.Plural(t.Totals.Sessions, "conversation"))])).ToList();
        var even = 1.0 / focus.People.Count;
        var chart = new LineChartData(
            new ChartHeader("initiation-chart", "initiation", $"Share of conversations each person opened, per {periodName}",
                Describe(focus, periodName)),
            periods,
            periodName,
            series,
            new ValueAxis("conversations opened (%)", ValueFormat.Percent, 0, 1),
            focus.People.Count > 1 ? [new ReferenceLine(even, "even split")] : []);
        var legend = focus.People.Select((p, i) => new LegendItem(p.Name, Palette.Person(i), LegendMark.Line)).ToList();
        if (report.Timeline.Any(t => t.Totals.Sessions == 0))
        {
            legend.Add(new LegendItem($"no conversation that {periodName}", Palette.NoData, LegendMark.NoData));
        }

        var table = new DataTable(
            $"Share of conversations opened per {periodName}",
            [periodName, "conversations", .. focus.People.Select(p => p.Name)],
            [.. report.Timeline.Select(t => (IReadOnlyList<string>)[t.Label, ReportText.Count(t.Totals.Sessions),
                .. focus.People.Select((_, i) => ReportText.Percent(focus.InPeriod(t, i).InitiationShare))])]);
        return new ReportFigure(
            "Who opens the conversations",
            $"A conversation starts with the first message after {ReportText.Duration(report.Settings.SessionGap.TotalSeconds)} or more of silence. Each line is one person\u2019s share of the conversations opened that {periodName}.",
            LineChart.Render(chart),
            legend,
            table,
            $"{char.ToUpperInvariant(periodName[0])}{periodName[1..]}s with few conversations swing widely; hover a dot for the count.");
    }

    private static string Describe(ReportFocus focus, string periodName)
    {
        var ranked = focus.People.Where(p => p.InitiationShare is not null).OrderByDescending(p => p.InitiationShare).ToList();
        return ranked.Count == 0
            ? "No conversations were opened."
            : $"Over the whole chat {string.Join(", ", ranked.Select(p => $"{p.Name} opened {ReportText.Percent(p.InitiationShare)}"))} of the conversations; the chart shows the share per {periodName}.";
    }

    private static ReportFigure Counts(ReportFocus focus)
    {
        var gap = ReportText.Duration(focus.Report.Settings.FollowUpGap.TotalSeconds);
        var chart = new GroupedBarData(
            new ChartHeader("reaching-chart", "reaching-out", "Conversations opened and follow-ups after silence, per person",
                string.Join("; ", focus.People.Select(p => $"{p.Name}: opened {p.SessionsInitiated}, wrote again after silence {p.FollowUps}")) + "."),
            ["opened a conversation", $"wrote again after {gap}+ without an answer"],
            [.. focus.People.Select((p, i) => new BarSeries(p.Name, Palette.Person(i), [p.SessionsInitiated, p.FollowUps]))],
            new ValueAxis("count", ValueFormat.Number));
        var table = new DataTable(
            "Reaching out, per person",
            ["person", "conversations opened", "share opened", "follow-ups", "follow-ups per message"],
            [.. focus.People.Select(p => (IReadOnlyList<string>)[p.Name, ReportText.Count(p.SessionsInitiated), ReportText.Percent(p.InitiationShare),
                ReportText.Count(p.FollowUps), ReportText.Percent(p.FollowUpRate)])]);
        return new ReportFigure(
            "Reaching out, in counts",
            $"A follow-up is a message sent {gap} or more after one\u2019s own last message with no answer in between: writing again into silence.",
            GroupedBarChart.Render(chart),
            [.. focus.People.Select((p, i) => new LegendItem(p.Name, Palette.Person(i)))],
            table);
    }
}
