using TranscriptLens.Core.Parsing.Messenger;

namespace TranscriptLens.Tests.Parsing.Messenger;

public sealed class MessengerMojibakeTests
{
    [Theory]
    [InlineData("\u00c3\u00a7a va \u00f0\u009f\u0098\u0080", "ça va 😀")] // the spec's example (FORMATS.md §5.1)
    [InlineData("In\u00c3\u00a8s", "Inès")]
    [InlineData("C\u00e2\u0080\u0099\u00c3\u00a9tait", "C’était")]
    [InlineData("\u00e2\u009d\u00a4", "❤")]
    public void A_mojibaked_string_is_repaired(string written, string meant)
    {
        Assert.Equal(meant, MessengerMojibake.Repair(written));
    }

    [Theory]
    [InlineData("“quoted” ça va")] // U+201C is above U+00FF: never pushed through Latin-1
    [InlineData("ça va")] // all Latin-1, but E7 61 is not valid UTF-8
    [InlineData("plain ascii")]
    [InlineData("")]
    [InlineData("😀 already fine")]
    public void Correct_text_is_left_untouched(string text)
    {
        Assert.Same(text, MessengerMojibake.Repair(text));
    }

    [Fact]
    public void A_long_mojibaked_string_is_repaired_too()
    {
        var meant = string.Concat(Enumerable.Repeat("été ", 200));
        var written = new string([.. System.Text.Encoding.UTF8.GetBytes(meant).Select(b => (char)b)]);

        Assert.Equal(meant, MessengerMojibake.Repair(written));
    }

    [Fact]
    public void The_writer_escapes_each_utf8_byte_as_facebook_does()
    {
        using var text = new StringWriter();

        MessengerExportWriter.WriteString(text, "ça \"va\" 😀");

        Assert.Equal("\"\\u00c3\\u00a7a \\\"va\\\" \\u00f0\\u009f\\u0098\\u0080\"", text.ToString());
    }
}
