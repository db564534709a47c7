using TranscriptLens.Core.Rendering.Html.Charts;

namespace TranscriptLens.Tests.Rendering.Html.Charts;

public sealed class IntervalGaugeTests
{
    [Fact]
    public void Draws_the_estimate_as_one_dot()
    {
        var svg = new SvgDocument(IntervalGauge.Render(ChartSamples.Gauge()));

        Assert.Single(svg.Marks);
        Assert.Equal("circle", svg.Marks[0].Name.LocalName);
    }

    [Fact]
    public void Says_why_instead_of_drawing_a_dot_at_zero_when_there_is_no_estimate()
    {
        var data = ChartSamples.Gauge() with { Value = null, Low = null, High = null, MissingText = "not enough data: 12 sessions" };

        var svg = new SvgDocument(IntervalGauge.Render(data));

        Assert.Empty(svg.Marks);
        Assert.Contains("not enough data: 12 sessions", svg.Texts);
    }
}
