using TranscriptLens.Core.Formats;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Parsing.Sms;
using TranscriptLens.Core.Parsing.Telegram;
using TranscriptLens.Core.Synthetic;
using TranscriptLens.Tests.Parsing;

namespace TranscriptLens.Tests.Synthetic;

/// <summary>The benchmark writers produce exports their parsers read back message for message.</summary>
public sealed class SyntheticExportWriterTests
{
    private static readonly string[] Names = ["Maya", "Sam"];

    private static List<Message> History() => [.. new ChatHistoryGenerator(3, Names).Generate(3_000)];

    [Fact]
    public void Sms_backup_reads_back_with_senders_texts_and_times()
    {
        var history = History();
        using var stream = new MemoryStream();
        SmsBackupWriter.Write(history, "Maya", stream);

        var parsed = ParsedChat.Read(new SmsBackupParser(), ChatInput.FromBytes("sms.xml", stream.ToArray()), ParseOptions.Default with { Me = "Maya" });

        Assert.Equal(history.Count, parsed.Messages.Count);
        Assert.Equal(history.Select(m => m.Sender), parsed.Messages.Select(m => m.Sender));
        Assert.Equal(history.Select(m => m.Kind == MessageKind.Media ? m.Attachment : m.Text), parsed.Texts);
        Assert.Equal(history.Select(m => m.Timestamp.Clock), parsed.Messages.Select(m => m.Timestamp.Clock));
    }

    [Fact]
    public void Telegram_export_reads_back_with_senders_texts_times_and_media()
    {
        var history = History();
        using var stream = new MemoryStream();
        TelegramExportWriter.Write(history, "Sam", stream);

        var parsed = ParsedChat.Read(new TelegramParser(), ChatInput.FromBytes("result.json", stream.ToArray()));

        Assert.Equal(history.Count, parsed.Messages.Count);
        Assert.Equal(history.Select(m => m.Sender), parsed.Messages.Select(m => m.Sender));
        Assert.Equal(history.Select(m => m.Text), parsed.Texts);
        Assert.Equal(history.Select(m => m.Kind), parsed.Messages.Select(m => m.Kind));
        Assert.Equal(history.Select(m => m.Timestamp.Clock), parsed.Messages.Select(m => m.Timestamp.Clock));
    }

    [Theory]
    [InlineData("whatsapp")]
    [InlineData("csv")]
    [InlineData("sms")]
    [InlineData("telegram")]
    [InlineData("discord")]
    public void Generated_export_is_detected_as_its_format_and_keeps_every_message(string format)
    {
        // What `generate --format F` writes and `analyze` then reads: detection by the shipped registry.
        var history = History();
        using var stream = new MemoryStream();
        ChatFormats.Get(format).WriteSynthetic(history, Names, stream);
        var input = ChatInput.FromBytes("export." + ChatFormats.Get(format).Extension, stream.ToArray());

        var parser = ChatFormats.Registry.Detect(input);
        var parsed = ParsedChat.Read(parser, input, ParseOptions.Default with { Me = "Maya" });

        // The WhatsApp writer puts the encryption banner, a system line, before the history.
        var banner = format == "whatsapp" ? 1 : 0;
        Assert.Equal(format, parser.Name);
        Assert.Equal(history.Count + banner, parsed.Messages.Count);
        Assert.All(parsed.Messages.Take(banner), m => Assert.Equal(MessageKind.System, m.Kind));
        Assert.Equal(history.Select(m => m.Sender), parsed.Messages.Skip(banner).Select(m => m.Sender));
    }

    [Fact]
    public void Same_seed_gives_the_same_sms_and_telegram_bytes()
    {
        static byte[] Write(Action<Stream> write)
        {
            using var stream = new MemoryStream();
            write(stream);
            return stream.ToArray();
        }

        static byte[] Sms() => Write(s => SmsBackupWriter.Write(new ChatHistoryGenerator(5, Names).Generate(500), "Maya", s));
        static byte[] Telegram() => Write(s => TelegramExportWriter.Write(new ChatHistoryGenerator(5, Names).Generate(500), "Sam", s));

        Assert.Equal(Sms(), Sms());
        Assert.Equal(Telegram(), Telegram());
    }
}
