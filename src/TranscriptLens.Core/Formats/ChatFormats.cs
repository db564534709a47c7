using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Parsing.Csv;
using TranscriptLens.Core.Parsing.Sms;
using TranscriptLens.Core.Parsing.Telegram;
using TranscriptLens.Core.Parsing.WhatsApp;

namespace TranscriptLens.Core.Formats;

/// <summary>
/// The one list of the formats TranscriptLens reads: the CLI, the pipeline, the benchmarks and the
/// tests all take their parsers and sniffers from here, so a test can never pass on a registry the
/// shipped program does not have. Adding a format is one line here.
/// </summary>
public static class ChatFormats
{
    /// <summary>Every shipped parser and sniffer.</summary>
    public static ParserRegistry Registry { get; } = new(
        [new SmsBackupParser(), new TelegramParser(), new CsvChatParser(), new WhatsAppParser()],
        [new SmsBackupSniffer(), new TelegramSniffer(), new CsvChatSniffer(), new WhatsAppSniffer()]);
}
