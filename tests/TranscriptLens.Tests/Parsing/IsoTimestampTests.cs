using TranscriptLens.Core.Parsing;

namespace TranscriptLens.Tests.Parsing;

public sealed class IsoTimestampTests
{
    [Theory]
    [InlineData("2024-03-14T21:05:17", "2024-03-14T21:05:17")]
    [InlineData("2024-03-14 21:05", "2024-03-14T21:05:00")]
    [InlineData("2024-03-14T21:05:17.999", "2024-03-14T21:05:17")]
    [InlineData("2024-03-14T21:05:17Z", "2024-03-14T21:05:17+00:00")]
    [InlineData("2017-01-01T06:20:09.248Z", "2017-01-01T06:20:09+00:00")]
    [InlineData("2024-03-14T21:05:17+01:00", "2024-03-14T21:05:17+01:00")]
    [InlineData("2024-03-14T21:05:17-0530", "2024-03-14T21:05:17-05:30")]
    [InlineData("2024-03-14 21:05:17 +02", "2024-03-14T21:05:17+02:00")]
    public void Parses_iso_8601_with_or_without_an_offset(string text, string expected)
    {
        Assert.True(IsoTimestamp.TryParse(text, out var time));
        Assert.Equal(expected, time.ToString());
    }

    [Theory]
    [InlineData("14/03/2024 21:05")]
    [InlineData("03/14/2024 9:05 PM")]
    [InlineData("2024-02-30T10:00:00")]
    [InlineData("2024-03-14T25:00:00")]
    [InlineData("2024-03-14")]
    [InlineData("٢٠٢٤-03-14T21:05:17")]
    [InlineData("")]
    public void Rejects_what_is_not_an_unambiguous_iso_date_time(string text)
    {
        Assert.False(IsoTimestamp.TryParse(text, out _));
    }
}
