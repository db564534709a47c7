using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Parsing.Csv;
using TranscriptLens.Core.Parsing.Sms;
using TranscriptLens.Core.Parsing.Telegram;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing;

/// <summary>The bundled samples (invented two-person chats) parse cleanly: the README and demos rely on them.</summary>
public sealed class SampleFilesTests
{
    private static readonly ParserRegistry Registry = new(
        [new SmsBackupParser(), new TelegramParser(), new CsvChatParser()],
        [new SmsBackupSniffer(), new TelegramSniffer(), new CsvChatSniffer()]);

    private static ParsedChat Sample(string name, out string format)
    {
        var input = ChatInput.FromFile(RepoPaths.Sample(name));
        var parser = Registry.Detect(input);
        format = parser.Name;
        return ParsedChat.Read(parser, input);
    }

    [Theory]
    [InlineData("sms-backup.xml", "sms")]
    [InlineData("telegram-result.json", "telegram")]
    [InlineData("chat.csv", "csv")]
    public void Sample_is_detected_and_parses_without_warnings(string name, string expectedFormat)
    {
        var chat = Sample(name, out var format);

        Assert.Equal(expectedFormat, format);
        Assert.InRange(chat.Messages.Count, 250, 400);
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
