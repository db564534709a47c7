using TranscriptLens.Core.Rendering.Html.Charts;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Rendering.Html.Sections;

/// <summary>How long each person takes to reply: the latency histogram with quartiles.</summary>
internal static class ReplySpeedSection
{
    /// <summary>Writes the section (nothing when nobody replied).</summary>
    public static void Write(MarkupWriter writer, ReportFocus focus)
    {
        var template = focus.People.Select(p => p.ReplyLatency.Bins).FirstOrDefault(b => b.Count > 0);
        if (template is null || focus.People.All(p => p.ReplyLatency.Count == 0))
        {
            return;
        }

        var columns = template.Select(b => new LatencyColumn(b.Label, b.MinSeconds, b.MaxSeconds)).ToList();
        var rows = focus.People.Select((p, i) => new LatencyRow(
            p.Name,
            Palette.Person(i),
            [.. columns.Select(c => p.ReplyLatency.Bins.FirstOrDefault(b => b.Label == c.Label)?.Count ?? 0)],
            Summary(p.ReplyLatency))).ToList();
        var description = string.Join("; ", focus.People.Select(p => $"{p.Name}: median {ReportText.Duration(p.ReplyLatency.MedianSeconds)} over {ReportText.Plural(p.ReplyLatency.Count, "reply", "replies")}")) + ".";
        var chart = new LatencyChartData(new ChartHeader("latency-chart", "latency", "Reply times per person", description), columns, rows, "time to reply");
        var table = new DataTable(
            "Reply times per person",
            ["person", "replies", "first quartile", "median", "third quartile", .. columns.Select(c => c.Label)],
            [.. focus.People.Select(p => (IReadOnlyList<string>)[p.Name, ReportText.Count(p.ReplyLatency.Count), ReportText.Duration(p.ReplyLatency.Q1Seconds),
                ReportText.Duration(p.ReplyLatency.MedianSeconds), ReportText.Duration(p.ReplyLatency.Q3Seconds),
                .. columns.Select(c => ReportText.Count(p.ReplyLatency.Bins.FirstOrDefault(b => b.Label == c.Label)?.Count ?? 0))])]);

        writer.Element("h2", "How fast replies come", ("id", "reply-speed"));
        new ReportFigure(
            "Reply times",
            "Each bar is the share of that person\u2019s replies that took so long; the box under it spans the middle half of their replies and the dark line marks the median.",
            LatencyChart.Render(chart),
            [.. focus.People.Select((p, i) => new LegendItem(p.Name, Palette.Person(i)))],
            table,
            "A reply time runs from the end of the other person\u2019s turn to the start of the answering turn, inside one conversation. "
                + "For scale: people take a median of about 6 minutes to even see a mobile message (Pielot et al. 2014).").Write(writer);
    }

    private static LatencySummary? Summary(LatencyDistribution latency) =>
        latency.Q1Seconds is { } q1 && latency.MedianSeconds is { } median && latency.Q3Seconds is { } q3 ? new LatencySummary(q1, median, q3) : null;
}
