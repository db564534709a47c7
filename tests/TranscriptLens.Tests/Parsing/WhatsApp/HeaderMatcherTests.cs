using TranscriptLens.Core.Parsing.WhatsApp;

namespace TranscriptLens.Tests.Parsing.WhatsApp;

public sealed class HeaderMatcherTests
{
    [Theory]
    [InlineData("3/14/24, 9:05 PM - Ana: on my way", 3, 14, 24, 21, 5, 0, "Ana: on my way")]
    [InlineData("3/14/24, 9:05\u202FPM - Ana: on my way", 3, 14, 24, 21, 5, 0, "Ana: on my way")]
    [InlineData("14/03/2024, 21:05 - Ana: on my way", 14, 3, 2024, 21, 5, 0, "Ana: on my way")]
    [InlineData("14.03.24, 21:05 - Ana: on my way", 14, 3, 24, 21, 5, 0, "Ana: on my way")]
    [InlineData("14/3/24, 9:05 p.\u00A0m. - Ana: on my way", 14, 3, 24, 21, 5, 0, "Ana: on my way")]
    [InlineData("14.3.2024 klo 21.05 - Ana: on my way", 14, 3, 2024, 21, 5, 0, "Ana: on my way")]
    [InlineData("14. 3. 2024. 21:05:17 Ana: on my way", 14, 3, 2024, 21, 5, 17, "Ana: on my way")]
    [InlineData("2024-03-14, 21:05 - Ana: on my way", 2024, 3, 14, 21, 5, 0, "Ana: on my way")]
    [InlineData("[3/14/24, 9:05:17 PM] Ana: on my way", 3, 14, 24, 21, 5, 17, "Ana: on my way")]
    [InlineData("[14/03/2024 21:05:17] Ana: on my way", 14, 3, 2024, 21, 5, 17, "Ana: on my way")]
    [InlineData("[14.3.2024, 21.05.17] Ana: on my way", 14, 3, 2024, 21, 5, 17, "Ana: on my way")]
    [InlineData("[14.03.24, 9:05:17 PM] Ana: on my way", 14, 3, 24, 21, 5, 17, "Ana: on my way")]
    [InlineData("\u200E[3/14/24, 9:05:17 PM] Ana: on my way", 3, 14, 24, 21, 5, 17, "Ana: on my way")]
    [InlineData("\uFEFF[\uFEFF29.01.18, 12:24:03] Ana: hi", 29, 1, 18, 12, 24, 3, "Ana: hi")]
    [InlineData("[24-03-14 21:05] Ana: on my way", 24, 3, 14, 21, 5, 0, "Ana: on my way")]
    [InlineData("13.06.18 21.25.15: a: m", 13, 6, 18, 21, 25, 15, "a: m")]
    [InlineData("29.01.18, 9:05 abends - Ana: hi", 29, 1, 18, 21, 5, 0, "Ana: hi")]
    [InlineData("29.01.18, 9:05 vorm. - Ana: hi", 29, 1, 18, 9, 5, 0, "Ana: hi")]
    [InlineData("1/30/18, 12:00 AM - Alice: late", 1, 30, 18, 0, 0, 0, "Alice: late")]
    [InlineData("1/30/18, 00:13 AM - Alice: synthetic", 1, 30, 18, 0, 13, 0, "Alice: synthetic")]
    [InlineData("1/29/18, 23:59 PM - Bob: synthetic", 1, 29, 18, 23, 59, 0, "Bob: synthetic")]
    public void Reads_every_header_variant(string line, int a, int b, int c, int hour, int minute, int second, string body)
    {
        Assert.True(HeaderMatcher.TryMatch(line, out var header));

        Assert.Equal((a, b, c), (header.A, header.B, header.C));
        Assert.Equal((hour, minute, second), (header.Hour24, header.Minute, header.Second));
        Assert.Equal(body, line[header.BodyStart..]);
    }

    [Theory]
    [InlineData("14/03/2024, 21:05 - Ana: hi", "Android")]
    [InlineData("[14/03/2024, 21:05:17] Ana: hi", "Ios")]
    [InlineData("13.06.18 21.25.15: a: m", "TimeColon")]
    [InlineData("13. 6. 2018. 21:25:15 a: m", "Bare")]
    public void Tells_the_layouts_apart(string line, string layout)
    {
        Assert.True(HeaderMatcher.TryMatch(line, out var header));
        Assert.Equal(Enum.Parse<HeaderLayout>(layout), header.Layout);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello there")]
    [InlineData("2016-04-29 10:30:00")]
    [InlineData("14/03-2024, 21:05 - Ana: mixed separators")]
    [InlineData("14/03/2024, 25:05 - Ana: no such hour")]
    [InlineData("14/03/2024, 21:5 - Ana: one-digit minute")]
    [InlineData("[14/03/2024, 21:05:17 Ana: unclosed bracket")]
    [InlineData("14/03/2024, 21:05] Ana: stray bracket")]
    [InlineData("12345/03/2024, 21:05 - Ana: five digits")]
    [InlineData("1.5 2.3 apples")]
    [InlineData("14/03/2024, 21:05-Ana: no spaces round the dash")]
    public void Rejects_lines_that_are_not_headers(string line)
    {
        Assert.False(HeaderMatcher.TryMatch(line, out _));
    }

    [Fact]
    public void Does_not_take_an_author_named_like_a_meridiem_for_one()
    {
        Assert.True(HeaderMatcher.TryMatch("13. 6. 2018. 21:25:15 a: m", out var header));

        Assert.Equal(Meridiem.None, header.Meridiem);
        Assert.Equal(21, header.Hour24);
    }
}
