using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Formats;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing;

/// <summary>The bundled samples (invented two-person chats) parse cleanly: the README and demos rely on them.</summary>
public sealed class SampleFilesTests
{
    private static ParsedChat Sample(string name, out string format)
    {
        var input = ChatInput.FromFile(RepoPaths.Sample(name));
        var parser = ChatFormats.Registry.Detect(input);
        format = parser.Name;
        return ParsedChat.Read(parser, input);
    }

    // The WhatsApp counts are the header lines of each file, counted outside the parser (one message
    // per header): grep -cP '^\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2}\x{202F}[AP]M - ' on the Android
    // sample, and '^\W?\[\d{2}\.\d{2}\.\d{2}, \d{2}:\d{2}:\d{2}\] ' on the _chat.txt in the iOS zip.
    [Theory]
    [InlineData("sms-backup.xml", "sms", 250, 400)]
    [InlineData("telegram-result.json", "telegram", 250, 400)]
    [InlineData("chat.csv", "csv", 250, 400)]
    [InlineData("whatsapp-android-en-us-12h.txt", "whatsapp", 898, 898)]
    [InlineData("whatsapp-ios-de-24h.zip", "whatsapp", 674, 674)]
    public void Sample_is_detected_and_parses_without_warnings(string name, string expectedFormat, int fewest, int most)
    {
        var chat = Sample(name, out var format);

        Assert.Equal(expectedFormat, format);
        Assert.InRange(chat.Messages.Count, fewest, most);
        Assert.Equal(0, chat.Diagnostics.Count(DiagnosticSeverity.Warning) + chat.Diagnostics.Count(DiagnosticSeverity.Error));
        Assert.All(chat.Messages.GroupBy(m => m.Conversation), g => Assert.Equal(2, g.Where(m => m.Sender is not null).Select(m => m.Sender).Distinct().Count()));
    }

    [Fact]
    public void Sms_sample_has_two_threads_an_mms_and_emoji()
    {
        var chat = Sample("sms-backup.xml", out _);

        Assert.Equal(["Sam Ortiz", "Jordan Lee"], chat.Messages.Select(m => m.Thread).Distinct());
        Assert.Contains(chat.Messages, m => m.Kind == MessageKind.Media && m.Attachment!.EndsWith(".jpg", StringComparison.Ordinal) && m.Text.Length > 0);
        Assert.Contains(chat.Messages, m => m.Text.Contains("\U0001F605", StringComparison.Ordinal));
        Assert.True(chat.Reported(DiagnosticSeverity.Info, "1 draft"));
    }

    [Fact]
    public void Telegram_sample_has_a_photo_a_sticker_a_call_and_formatted_text()
    {
        var chat = Sample("telegram-result.json", out _);

        Assert.Contains(chat.Messages, m => m.Attachment == "photo");
        Assert.Contains(chat.Messages, m => m.Attachment == "sticker");
        Assert.Contains(chat.Messages, m => m.Kind == MessageKind.System && m.Text.StartsWith("phone_call by", StringComparison.Ordinal));
        Assert.Contains(chat.Messages, m => m.Text.Contains("https://example.com/cabins/lakeside-7", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_sample_has_a_multiline_message()
    {
        var chat = Sample("chat.csv", out _);

        Assert.Contains(chat.Messages, m => m.Text.Contains('\n', StringComparison.Ordinal));
    }
}
