using TranscriptLens.Core.Rendering.Html.Charts;

namespace TranscriptLens.Tests.Rendering.Html.Charts;

public sealed class DivergingBarChartTests
{
    [Fact]
    public void Grows_positive_scores_right_and_negative_scores_left_in_each_sides_colour()
    {
        var svg = new SvgDocument(DivergingBarChart.Render(ChartSamples.Components()));
        var marks = svg.Marks;
        var speed = marks.Single(m => SvgDocument.Tooltip(m)!.StartsWith("reply speed", StringComparison.Ordinal));
        var opening = marks.First();

        Assert.Equal(6, marks.Count);
        Assert.Equal(Palette.Person(1), (string?)speed.Attribute("fill"));
        Assert.Equal(Palette.Person(0), (string?)opening.Attribute("fill"));
        Assert.Contains("\u22120.35", svg.Texts);
        Assert.Contains("n/a", svg.Texts);
    }
}
