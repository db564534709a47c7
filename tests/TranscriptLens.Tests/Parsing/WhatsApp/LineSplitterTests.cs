using TranscriptLens.Core.Parsing.WhatsApp;

namespace TranscriptLens.Tests.Parsing.WhatsApp;

public sealed class LineSplitterTests
{
    private static LineSplitter Chars(string text, int max = LineSplitter.DefaultMaxLineLength) => new(new StringReader(text), max);

    private static List<string> Lines(string text)
    {
        var reader = Chars(text);
        var lines = new List<string>();
        while (reader.ReadLine(out var line))
        {
            lines.Add(new string(line));
        }

        return lines;
    }

    [Theory]
    [InlineData("a\nb\nc")]
    [InlineData("a\r\nb\r\nc\r\n")]
    [InlineData("a\rb\rc\r")]
    [InlineData("a\r\nb\nc\r")]
    public void Lf_crlf_and_lone_cr_all_end_lines(string text)
    {
        Assert.Equal(["a", "b", "c"], Lines(text));
    }

    [Fact]
    public void Keeps_empty_lines()
    {
        Assert.Equal(["a", string.Empty, "b"], Lines("a\n\nb\n"));
        Assert.Equal(["a", string.Empty, "b"], Lines("a\r\n\r\nb"));
    }

    [Fact]
    public void Counts_lines_across_buffer_refills()
    {
        var text = string.Join("\r\n", Enumerable.Range(1, 50_000).Select(i => $"line {i}"));
        var reader = Chars(text);
        var last = string.Empty;
        while (reader.ReadLine(out var line))
        {
            last = new string(line);
        }

        Assert.Equal(50_000, reader.LineNumber);
        Assert.Equal("line 50000", last);
    }

    [Fact]
    public void Cuts_an_overlong_line_and_skips_its_rest()
    {
        var reader = Chars(new string('x', 100) + "\nnext", max: 16);

        Assert.True(reader.ReadLine(out var first));
        Assert.Equal(16, first.Length);
        Assert.True(reader.Truncated);
        Assert.True(reader.ReadLine(out var second));
        Assert.Equal("next", new string(second));
        Assert.False(reader.Truncated);
        Assert.Equal(2, reader.LineNumber);
    }
}
