using TranscriptLens.Core.Rendering.Html.Charts;

namespace TranscriptLens.Tests.Rendering.Html.Charts;

public sealed class GroupedBarChartTests
{
    [Fact]
    public void Draws_a_bar_per_value_and_n_a_for_a_missing_one()
    {
        var svg = new SvgDocument(GroupedBarChart.Render(ChartSamples.Reaching()));

        Assert.Equal(3, svg.Marks.Count);
        Assert.Contains("n/a", svg.Texts);
        Assert.Contains("212", svg.Texts);
        Assert.Equal($"{ChartSamples.Ana}, followed up after silence: 41", SvgDocument.Tooltip(svg.Marks[2]));
    }

    [Fact]
    public void Bars_of_larger_values_are_taller()
    {
        var svg = new SvgDocument(GroupedBarChart.Render(ChartSamples.Reaching()));
        var heights = svg.Marks.Select(m => double.Parse((string)m.Attribute("height")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        // Document order is group by group: Ana 212, Noa 88, then Ana 41 (Noa's follow-ups are missing).
        Assert.True(heights[0] > heights[1] && heights[1] > heights[2]);
    }
}
