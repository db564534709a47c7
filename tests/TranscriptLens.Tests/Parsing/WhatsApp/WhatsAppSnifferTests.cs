using System.Text;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Parsing.WhatsApp;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing.WhatsApp;

public sealed class WhatsAppSnifferTests
{
    private static int Score(string name, byte[] bytes) => new WhatsAppSniffer().Score(FormatProbe.Read(ChatInput.FromBytes(name, bytes)));

    [Theory]
    [InlineData("android-en-us-12h.txt")]
    [InlineData("android-de-24h.txt")]
    [InlineData("android-en-gb-24h-utf16.txt")]
    [InlineData("ios-en-gb-lrm.txt")]
    [InlineData("ios-de-24h.zip")]
    public void Scores_whatsapp_exports_high(string fixture)
    {
        Assert.True(Score(fixture, File.ReadAllBytes(RepoPaths.Fixture("whatsapp", fixture))) >= 90);
    }

    [Fact]
    public void Scores_a_chat_after_a_few_junk_lines_lower_but_positive()
    {
        Assert.InRange(Score("x.txt", File.ReadAllBytes(RepoPaths.Fixture("whatsapp", "junk-before-header.txt"))), 40, 89);
    }

    [Fact]
    public void Leaves_bracketed_iso_lines_with_seconds_to_a_more_specific_format()
    {
        // signal-export writes exactly "[2024-03-14 21:05:17] Ana: hi".
        Assert.InRange(Score("chat.md", Encoding.UTF8.GetBytes("[2024-03-14 21:05:17] Ana: hi\n[2024-03-14 21:06:00] Me: ok\n")), 1, 50);
    }

    [Theory]
    [InlineData("timestamp,sender,text\n2024-03-14T21:05:17Z,Ana,hi\n")]
    [InlineData("{\"messages\": []}")]
    [InlineData("<?xml version='1.0'?><smses count=\"0\"/>")]
    [InlineData("just a note\nwith two lines\n")]
    public void Scores_other_text_zero(string text)
    {
        Assert.Equal(0, Score("x", Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Scores_a_zip_without_a_chat_zero()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("photo.jpg");
        }

        Assert.Equal(0, Score("photos.zip", buffer.ToArray()));
    }
}
