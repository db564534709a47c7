using TranscriptLens.Core.Rendering.Html.Charts;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Rendering.Html.Sections;

/// <summary>
/// The headline pair's labour asymmetry over time (line with its 95 % band; periods without enough
/// data are gaps), what the composite is made of, and every compared pair in a group.
/// </summary>
internal static class BalanceSection
{
    /// <summary>Writes the section (nothing without a pair).</summary>
    public static void Write(MarkupWriter writer, ReportFocus focus)
    {
        if (focus.Pair is not { } pair)
        {
            return;
        }

        writer.Element("h2", "The balance", ("id", "balance"));
        if (focus.Report.Timeline.Count > 0)
        {
            OverTime(focus, pair).Write(writer);
        }

        Components(focus, pair).Write(writer);
        if (focus.Report.Pairs.Count > 1)
        {
            AllPairs(writer, focus.Report);
        }
    }

    private static ReportFigure OverTime(ReportFocus focus, PairReport pair)
    {
        var report = focus.Report;
        var periodName = ReportText.PeriodName(report.Settings.Period);
        var inPeriods = report.Timeline.Select(focus.PairInPeriod).ToList();
        double? Sufficient(PairReport? p, Func<PairReport, double?> value) =>
            p is { Status: DataSufficiency.Sufficient } ? value(p) : null;
        var series = new LineSeries(
            "labour asymmetry",
            Palette.Ink,
            [.. inPeriods.Select(p => Sufficient(p, x => x.Asymmetry))],
            [.. inPeriods.Select(p => Sufficient(p, x => x.CiLow))],
            [.. inPeriods.Select(p => Sufficient(p, x => x.CiHigh))],
            [.. inPeriods.Select(p => p is null ? null : ReportText.Plural(p.Sessions, "conversation"))]);
        var estimated = inPeriods.Count(p => p is { Status: DataSufficiency.Sufficient });
        var chart = new LineChartData(
            new ChartHeader("composite-chart", "composite", $"Labour asymmetry of {pair.A} and {pair.B} per {periodName}, with 95% interval",
                $"{estimated} of {inPeriods.Count} {periodName}s have enough data for an estimate; positive values mean {pair.A} carries more, negative values {pair.B}."),
            [.. report.Timeline.Select(t => t.Label)],
            periodName,
            [series],
            new ValueAxis("labour asymmetry", ValueFormat.Signed, -1, 1),
            [new ReferenceLine(0, "even share")],
            UpperSide: $"\u2191 {LabelFit.Shorten(pair.A, 24)} carries more",
            LowerSide: $"\u2193 {LabelFit.Shorten(pair.B, 24)} carries more");
        var table = new DataTable(
            $"Labour asymmetry per {periodName}",
            [periodName, "conversations", "asymmetry", "95% interval", "note"],
            [.. report.Timeline.Select((t, i) => (IReadOnlyList<string>)[t.Label, ReportText.Count(inPeriods[i]?.Sessions ?? 0),
                ReportText.Signed(Sufficient(inPeriods[i], x => x.Asymmetry)), Interval(inPeriods[i]), inPeriods[i]?.InsufficientReason ?? string.Empty])]);
        return new ReportFigure(
            $"Labour asymmetry, {periodName} by {periodName}",
            $"The same composite for each {periodName}, with its 95% interval as a band. Grey {periodName}s have too little data for an estimate and are left empty rather than drawn as zero.",
            LineChart.Render(chart),
            [new LegendItem("labour asymmetry", Palette.Ink, LegendMark.Line), new LegendItem("95% interval", Palette.Ink, LegendMark.Band),
                new LegendItem("not enough data", Palette.NoData, LegendMark.NoData)],
            table,
            estimated > 0
                ? null
                : $"No {periodName} has enough data for an estimate (at least {ReportText.Count(report.Settings.MinimumSessions)} conversations and "
                    + $"{ReportText.Count(report.Settings.MinimumMessagesPerPerson)} messages per person). A longer period (--period month or quarter) gives each estimate more data.");
    }

    private static ReportFigure Components(ReportFocus focus, PairReport pair)
    {
        var c = pair.Components;
        (string Label, double? Value)[] parts =
        [
            ("opening conversations", c.SessionInitiation),
            ("following up after silence", c.FollowUps),
            ("explaining", c.Explaining),
            ("words written", c.Words),
            ("turning toward bids", c.TurningToward),
            ("replying faster", c.ReplyLatency),
        ];
        var chart = new DivergingBarData(
            new ChartHeader("components-chart", "components", $"The six parts of the labour asymmetry of {pair.A} and {pair.B}",
                string.Join("; ", parts.Select(p => $"{p.Label} {ReportText.Signed(p.Value)}")) + $". Positive: {pair.A} does more."),
            [.. parts.Select(p => new DivergingBarRow(p.Label, p.Value))],
            $"{LabelFit.Shorten(pair.B, 18)} does more",
            $"{LabelFit.Shorten(pair.A, 18)} does more",
            focus.Colour(pair.B),
            focus.Colour(pair.A));
        var table = new DataTable(
            "Components of the labour asymmetry (positive: " + pair.A + " does more)",
            ["component", "score"],
            [.. parts.Select(p => (IReadOnlyList<string>)[p.Label, ReportText.Signed(p.Value)])]);
        return new ReportFigure(
            "What the balance is made of",
            "The composite is the average of six parts, each from \u22121 to +1: (what one does \u2212 what the other does) \u00F7 (both together).",
            DivergingBarChart.Render(chart),
            [new LegendItem(pair.A, focus.Colour(pair.A)), new LegendItem(pair.B, focus.Colour(pair.B))],
            table,
            "Replying faster compares the typical (geometric mean) reply times; turning toward compares each person\u2019s turning-toward rate.");
    }

    private static void AllPairs(MarkupWriter writer, AnalysisReport report)
    {
        writer.Open("section", ("class", "card"), ("aria-label", "Every pair"));
        writer.Element("h3", "Every pair");
        writer.Element("p", "Positive: the first person carries more. Language style matching runs from 0 to 1 (1: the same function-word style).", ("class", "lead"));
        writer.Open("div", ("class", "table-wrap"));
        writer.Open("table").Element("caption", "Labour asymmetry and style matching of every compared pair");
        writer.Open("thead").Open("tr");
        foreach (var column in (string[])["first person", "second person", "conversations", "asymmetry", "95% interval", "verdict", "style matching"])
        {
            writer.Element("th", column, ("scope", "col"));
        }

        writer.Close().Close().Open("tbody");
        foreach (var pair in report.Pairs)
        {
            writer.Open("tr");
            writer.Open("th", ("scope", "row")).Element("bdi", pair.A).Close();
            writer.Open("td").Element("bdi", pair.B).Close();
            writer.Element("td", ReportText.Count(pair.Sessions));
            writer.Element("td", pair.Status == DataSufficiency.Sufficient ? ReportText.Signed(pair.Asymmetry) : ReportText.NotEnoughData);
            writer.Element("td", Interval(pair));
            writer.Element("td", ReportText.Verdict(pair));
            writer.Element("td", ReportText.Plain(pair.Lsm.Score));
            writer.Close();
        }

        writer.Close().Close().Close().Close().Line();
    }

    private static string Interval(PairReport? pair) =>
        pair is { Status: DataSufficiency.Sufficient } ? ReportText.Interval(pair.CiLow, pair.CiHigh) : string.Empty;
}
