using TranscriptLens.Core.Rendering.Html;
using TranscriptLens.Core.Rendering.Html.Charts;

namespace TranscriptLens.Tests.Rendering.Html.Charts;

/// <summary>A page with one of every chart primitive, to check them in a real browser without a report model.</summary>
internal static class ChartGallery
{
    public static string Html()
    {
        var body = new MarkupWriter();
        body.Element("h1", "Chart primitives");
        var table = new DataTable("numbers", ["person", "value"], [[ChartSamples.Ana, "1"], [ChartSamples.Rtl, "2"]]);
        new ReportFigure("Initiation", "Who opens", LineChart.Render(ChartSamples.Initiation()),
            [new LegendItem(ChartSamples.Ana, Palette.Person(0), LegendMark.Line), new LegendItem(ChartSamples.Rtl, Palette.Person(1), LegendMark.Line), new LegendItem("no estimate", Palette.NoData, LegendMark.NoData)], table).Write(body);
        new ReportFigure("Composite", null, LineChart.Render(ChartSamples.Composite()),
            [new LegendItem("asymmetry", Palette.Ink, LegendMark.Line), new LegendItem("95% interval", Palette.Ink, LegendMark.Band)], table).Write(body);
        new ReportFigure("Engagement", null, StackedBarChart.Render(ChartSamples.Engagement()), [], table).Write(body);
        new ReportFigure("Bids", null, StackedBarChart.Render(ChartSamples.TurningToward()), [], table).Write(body);
        new ReportFigure("Reaching out", null, GroupedBarChart.Render(ChartSamples.Reaching()), [], table).Write(body);
        new ReportFigure("Latency", null, LatencyChart.Render(ChartSamples.Latency()), [], table).Write(body);
        new ReportFigure("Components", null, DivergingBarChart.Render(ChartSamples.Components()), [], table).Write(body);
        new ReportFigure("Gauge", null, IntervalGauge.Render(ChartSamples.Gauge()), [], table).Write(body);
        var output = new StringWriter();
        HtmlPage.Write(output, "Chart primitives", body.ToString());
        return output.ToString();
    }
}
