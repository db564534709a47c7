using System.Globalization;
using TranscriptLens.Core.Rendering.Html.Charts;

namespace TranscriptLens.Tests.Rendering.Html.Charts;

public sealed class LatencyChartTests
{
    [Fact]
    public void Draws_a_bar_per_non_empty_range_and_a_box_per_person()
    {
        var data = ChartSamples.Latency();
        data = data with { Rows = [data.Rows[0] with { Counts = [10, 0, 5, 0, 0, 0] }, data.Rows[1]] };

        var svg = new SvgDocument(LatencyChart.Render(data));

        // Ana: 2 bars + box; Noa: 6 bars + box.
        Assert.Equal(10, svg.Marks.Count);
        Assert.Equal($"{ChartSamples.Ana}: 67% of replies (10) took <1 min", SvgDocument.Tooltip(svg.Marks[0]));
    }

    [Fact]
    public void Leaves_out_the_box_of_a_person_without_replies()
    {
        var data = ChartSamples.Latency();
        data = data with { Rows = [data.Rows[0] with { Counts = [0, 0, 0, 0, 0, 0], Summary = null }] };

        var svg = new SvgDocument(LatencyChart.Render(data));

        Assert.Empty(svg.Marks);
        Assert.Contains("0 replies", svg.All("tspan").Select(t => t.Value));
    }

    [Fact]
    public void Places_the_median_inside_the_range_that_holds_it()
    {
        var columns = ChartSamples.Latency().Columns;
        var axis = new LatencyAxis(columns, 0, 600);

        // Six columns of 100 px: 110 s lies in "1–5 min" (100–200), 1250 s in "5–30 min", 30 s in "<1 min".
        Assert.InRange(axis.Map(110), 100, 200);
        Assert.InRange(axis.Map(1250), 200, 300);
        Assert.InRange(axis.Map(30), 0, 100);
        Assert.InRange(axis.Map(50_000), 500, 600);
        Assert.True(axis.Map(61) < axis.Map(299));
    }

    [Fact]
    public void Rejects_an_open_range_that_is_not_the_last()
    {
        var data = ChartSamples.Latency() with { Columns = [new LatencyColumn("a", 0, null), new LatencyColumn("b", 60, 120)] };

        Assert.Throws<ArgumentException>(() => LatencyChart.Render(data));
    }

    [Fact]
    public void Scales_bars_by_each_persons_share_not_by_raw_counts()
    {
        var data = ChartSamples.Latency();
        data = data with { Rows = [data.Rows[0] with { Counts = [100, 0, 0, 0, 0, 0] }, data.Rows[1] with { Counts = [1, 0, 0, 0, 0, 0] }] };

        var heights = new SvgDocument(LatencyChart.Render(data)).Marks
            .Where(m => m.Name.LocalName == "rect" && (string?)m.Attribute("rx") == "2")
            .Select(m => double.Parse((string)m.Attribute("height")!, CultureInfo.InvariantCulture)).ToList();

        // Both people replied to everything in under a minute: 100 % each, equally tall bars.
        Assert.Equal(heights[0], heights[1]);
    }
}
