using System.Globalization;
using TranscriptLens.Core.Rendering.Html.Charts;

namespace TranscriptLens.Tests.Rendering.Html.Charts;

public sealed class MarkupWriterTests
{
    [Fact]
    public void Writes_numbers_with_a_dot_whatever_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var markup = new MarkupWriter().Leaf("circle", ("cx", 12.345), ("cy", -0.001), ("r", 4)).ToString();

            // 12.345 rounds to two decimals; -0.001 rounds to 0 and must not print as "-0".
            Assert.Equal("<circle cx=\"12.35\" cy=\"0\" r=\"4\"/>", markup);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Escapes_attribute_values_and_text_and_leaves_out_null_attributes()
    {
        var markup = new MarkupWriter().Element("text", "<b>&", ("class", "a\"b"), ("id", null)).ToString();

        Assert.Equal("<text class=\"a&quot;b\">&lt;b&gt;&amp;</text>", markup);
    }

    [Fact]
    public void Refuses_to_return_markup_with_an_unclosed_element()
    {
        var writer = new MarkupWriter().Open("g");

        Assert.Throws<InvalidOperationException>(writer.ToString);
    }

    [Fact]
    public void Refuses_a_non_finite_number()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MarkupWriter.Number(double.NaN));
    }
}
