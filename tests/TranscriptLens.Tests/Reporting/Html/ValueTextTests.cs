using TranscriptLens.Core.Reporting.Html;

namespace TranscriptLens.Tests.Reporting.Html;

public sealed class ValueTextTests
{
    [Theory]
    [InlineData(0, "0 s")]
    [InlineData(42, "42 s")]
    [InlineData(90, "1.5 min")]
    [InlineData(38 * 60, "38 min")]
    [InlineData(3600, "1 h")]
    [InlineData(5400, "1.5 h")]
    [InlineData(2 * 86400, "2 d")]
    public void Prints_durations_in_the_largest_readable_unit(double seconds, string expected)
    {
        Assert.Equal(expected, ValueText.Duration(seconds));
    }

    [Theory]
    [InlineData(0.6349, "63%")]
    [InlineData(0.005, "1%")]
    [InlineData(-0.001, "0%")]
    [InlineData(1, "100%")]
    public void Prints_shares_as_whole_percentages(double share, string expected)
    {
        Assert.Equal(expected, ValueText.Percent(share));
    }

    [Theory]
    [InlineData(0.344, "+0.34")]
    [InlineData(-0.125, "\u22120.13")]
    [InlineData(-0.001, "0.00")]
    public void Prints_scores_with_an_explicit_sign_and_a_real_minus(double value, string expected)
    {
        Assert.Equal(expected, ValueText.Signed(value));
    }

    [Fact]
    public void Prints_counts_with_thousands_separators()
    {
        Assert.Equal("1,204", ValueText.Number(1204));
    }
}
