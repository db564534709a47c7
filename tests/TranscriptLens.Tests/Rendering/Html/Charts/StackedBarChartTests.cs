using TranscriptLens.Core.Rendering.Html.Charts;

namespace TranscriptLens.Tests.Rendering.Html.Charts;

public sealed class StackedBarChartTests
{
    [Fact]
    public void Splits_each_row_into_shares_of_its_own_total()
    {
        var svg = new SvgDocument(StackedBarChart.Render(ChartSamples.Engagement()));

        Assert.Equal(8, svg.Marks.Count);
        // Ana: 372 explaining of 1,204 messages = 30.9 %.
        Assert.Equal($"{ChartSamples.Ana}: explaining 31% (372 of 1,204 messages)", SvgDocument.Tooltip(svg.Marks[0]));
        Assert.Contains("31%", svg.Texts);
    }

    [Fact]
    public void Draws_reference_lines_with_their_labels()
    {
        var svg = new SvgDocument(StackedBarChart.Render(ChartSamples.TurningToward()));

        Assert.Contains("86%: stable couples (lab)", svg.Texts);
        Assert.Contains("33%: later divorced (lab)", svg.Texts);
        Assert.Equal(2, svg.All("g").Count(g => (string?)g.Attribute("class") == "reference"));
    }

    [Fact]
    public void Shows_a_row_without_counts_as_no_data_not_as_an_empty_share()
    {
        var data = ChartSamples.TurningToward() with { Rows = [new StackedBarRow("Ana", [0, 0])] };

        var svg = new SvgDocument(StackedBarChart.Render(data));

        Assert.Empty(svg.Marks);
        Assert.Contains("no data", svg.Texts);
    }

    [Fact]
    public void Shortens_a_long_name_without_splitting_an_emoji_and_keeps_it_whole_in_the_tooltip()
    {
        const string name = "Alexandra-Maria the very long 👩‍👩‍👧 name";
        var data = ChartSamples.TurningToward() with { Rows = [new StackedBarRow(name, [1, 1])] };

        var svg = new SvgDocument(StackedBarChart.Render(data));
        var label = svg.All("text").Single(t => (string?)t.Attribute("class") == "row-label");

        Assert.Equal("Alexandra-Maria the\u2026", label.Elements().First().Value);
        Assert.Equal(name, SvgDocument.Tooltip(label));
    }
}
