using TranscriptLens.Core.Analysis;

namespace TranscriptLens.Tests.Analysis;

public sealed class DurationSyntaxTests
{
    [Theory]
    [InlineData("30s", 30)]
    [InlineData("90m", 5400)]
    [InlineData("4h", 14400)]
    [InlineData("1d", 86400)]
    [InlineData("1.5H", 5400)]
    public void Parses_durations_with_a_unit(string text, double seconds)
    {
        Assert.True(DurationSyntax.TryParse(text, out var duration));
        Assert.Equal(seconds, duration.TotalSeconds);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("h")]
    [InlineData("-1h")]
    [InlineData("0m")]
    [InlineData("4 hours")]
    [InlineData("")]
    public void Rejects_what_is_not_a_positive_duration(string text) =>
        Assert.False(DurationSyntax.TryParse(text, out _));

    [Theory]
    [InlineData(14400, "4h")]
    [InlineData(5400, "90m")]
    [InlineData(86400, "1d")]
    [InlineData(45, "45s")]
    public void Formats_the_shortest_exact_form(double seconds, string text) =>
        Assert.Equal(text, DurationSyntax.Format(TimeSpan.FromSeconds(seconds)));
}
