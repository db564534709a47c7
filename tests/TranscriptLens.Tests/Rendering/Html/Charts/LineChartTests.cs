using TranscriptLens.Core.Rendering.Html.Charts;

namespace TranscriptLens.Tests.Rendering.Html.Charts;

public sealed class LineChartTests
{
    [Fact]
    public void Draws_one_dot_per_estimate_and_shades_periods_without_one()
    {
        var svg = new SvgDocument(LineChart.Render(ChartSamples.Initiation()));

        // 2 series × 8 months, month 3 empty in both: 14 dots; one shaded column.
        Assert.Equal(14, svg.Marks.Count);
        Assert.Equal("14", (string?)svg.Root.Attribute("data-marks"));
        Assert.Single(svg.All("g").Single(g => (string?)g.Attribute("class") == "no-estimate").Elements(), e => e.Name.LocalName == "rect");
    }

    [Fact]
    public void Breaks_the_line_and_band_at_a_gap_instead_of_drawing_zero()
    {
        var svg = new SvgDocument(LineChart.Render(ChartSamples.Composite()));
        var line = svg.All("g").Single(g => (string?)g.Attribute("class") == "line");
        var band = svg.All("g").Single(g => (string?)g.Attribute("class") == "band");

        // Values at months 1-2, 4-5, 7-8 (3 and 6 missing): three separate runs, each its own path.
        Assert.Equal(3, line.Elements().Count());
        Assert.Equal(3, band.Elements().Count());
        Assert.All(line.Elements(), p => Assert.Equal(1, ((string)p.Attribute("d")!).Count(c => c == 'L')));
    }

    [Fact]
    public void Treats_a_non_finite_value_as_no_estimate()
    {
        var data = ChartSamples.Composite() with
        {
            Series = [new LineSeries("x", "#000000", [0.1, double.NaN, 0.2, null, null, null, null, double.PositiveInfinity])],
        };

        var svg = new SvgDocument(LineChart.Render(data));

        Assert.Equal(2, svg.Marks.Count);
    }

    [Fact]
    public void Puts_the_interval_and_the_note_in_each_dots_tooltip()
    {
        var data = ChartSamples.Composite() with
        {
            Series = [ChartSamples.Composite().Series[0] with { Notes = ["31 sessions", null, null, null, null, null, null, null] }],
        };

        var first = new SvgDocument(LineChart.Render(data)).Marks[0];

        Assert.Equal("asymmetry, 2024-01: +0.21 (95% interval +0.05 to +0.37); 31 sessions", SvgDocument.Tooltip(first));
    }

    [Fact]
    public void Is_an_image_named_by_its_title_and_described_by_its_desc()
    {
        var svg = new SvgDocument(LineChart.Render(ChartSamples.Initiation()));
        var title = svg.Root.Elements().First(e => e.Name.LocalName == "title");
        var desc = svg.Root.Elements().First(e => e.Name.LocalName == "desc");

        Assert.Equal("img", (string?)svg.Root.Attribute("role"));
        Assert.Equal((string?)title.Attribute("id"), (string?)svg.Root.Attribute("aria-labelledby"));
        Assert.Equal((string?)desc.Attribute("id"), (string?)svg.Root.Attribute("aria-describedby"));
        Assert.Equal("initiation", (string?)svg.Root.Attribute("data-chart"));
    }

    [Fact]
    public void Rejects_a_series_with_the_wrong_number_of_values()
    {
        var data = ChartSamples.Initiation() with { Series = [new LineSeries("x", "#000000", [0.5])] };

        Assert.Throws<ArgumentException>(() => LineChart.Render(data));
    }
}
