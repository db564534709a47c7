using System.Text;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Formats;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Parsing.Csv;
using TranscriptLens.Core.Parsing.Discord;
using TranscriptLens.Core.Parsing.Messenger;
using TranscriptLens.Core.Parsing.Sms;
using TranscriptLens.Core.Parsing.Telegram;
using TranscriptLens.Core.Parsing.WhatsApp;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing;

/// <summary>Format detection by the shipped registry (<see cref="ChatFormats.Registry"/>, what the CLI registers).</summary>
public sealed class FormatDetectionTests
{
    // What `transcriptlens parse FILE` prints after "transcriptlens: error: FILE: " (exit code 3) for an input no format claims.
    private const string NoFormat = "no supported chat export; supported formats: csv, discord, messenger, sms, telegram, whatsapp (use --format to force one)";

    private static ParserRegistry Registry => ChatFormats.Registry;

    private static string Detect(string name, string text) => Registry.Detect(ChatInput.FromText(name, text)).Name;

    [Theory]
    [InlineData("sms/backup.xml", "sms")]
    [InlineData("sms/truncated.xml", "sms")]
    [InlineData("telegram/single-chat.json", "telegram")]
    [InlineData("telegram/full-export.json", "telegram")]
    [InlineData("telegram/old-export.json", "telegram")]
    [InlineData("discord/dm.json", "discord")]
    [InlineData("discord/guild.json", "discord")]
    [InlineData("discord/csv-dm.csv", "discord")]
    [InlineData("csv/semicolon-split-date.csv", "csv")]
    [InlineData("csv/interchange.csv", "csv")]
    [InlineData("csv/tab-epoch.tsv", "csv")]
    [InlineData("whatsapp/android-en-gb-24h.txt", "whatsapp")]
    [InlineData("whatsapp/android-en-gb-24h-crlf.txt", "whatsapp")]
    [InlineData("whatsapp/android-en-gb-24h-utf16.txt", "whatsapp")]
    [InlineData("whatsapp/android-fi-klo.txt", "whatsapp")]
    [InlineData("whatsapp/ios-en-gb-lrm.txt", "whatsapp")]
    [InlineData("whatsapp/ios-iso-bracketed.txt", "whatsapp")]
    [InlineData("whatsapp/junk-before-header.txt", "whatsapp")]
    [InlineData("whatsapp/ios-de-24h.zip", "whatsapp")]
    [InlineData("messenger/facebook.json", "messenger")]
    [InlineData("messenger/instagram.json", "messenger")]
    public void Detects_each_fixture(string fixture, string format)
    {
        var input = ChatInput.FromFile(RepoPaths.Fixture(fixture.Split('/')));

        Assert.Equal(format, Registry.Detect(input).Name);
    }

    [Fact]
    public void Detects_a_backup_with_a_comment_before_the_root()
    {
        Assert.Equal("sms", Detect("b.xml", "<?xml version='1.0'?>\n<!-- created by SMS Backup & Restore -->\n<smses count=\"0\"></smses>"));
    }

    [Fact]
    public void Detects_a_full_export_whose_chats_lie_beyond_the_probe()
    {
        var json = "{\n \"about\": \"x\",\n \"personal_information\": {\"user_id\": 1},\n \"contacts\": {\"list\": [" + string.Join(",", Enumerable.Repeat("{\"first_name\": \"A\"}", 5000)) + "]}}";

        Assert.Equal("telegram", Detect("result.json", json));
    }

    [Fact]
    public void Detects_a_minimal_discord_export()
    {
        Assert.Equal("discord", Detect("discord.json", "{\"guild\": {\"id\": \"1\"}, \"channel\": {\"type\": \"DirectTextChat\"}, \"messages\": [{\"id\": \"5\", \"type\": \"Default\", \"timestamp\": \"2023-01-01T00:00:00+00:00\", \"content\": \"blah\", \"author\": {\"name\": \"x\"}}]}"));
    }

    [Fact]
    public void The_discord_csv_header_outranks_generic_csv_and_other_headers_stay_generic()
    {
        const string Row = "\"1\",\"ana\",\"2024-03-14T21:05:17.1230000+01:00\",\"hi\",\"\",\"\"\n";

        Assert.Equal("discord", Detect("export.csv", "AuthorID,Author,Date,Content,Attachments,Reactions\n" + Row));

        // One column more, one renamed, or lower case: not what the exporter writes, so generic CSV.
        Assert.Equal("csv", Detect("export.csv", "AuthorID,Author,Date,Content,Attachments,Reactions,Extra\n" + Row));
        Assert.Equal("csv", Detect("export.csv", "AuthorID,Author,Date,Content,Files,Reactions\n" + Row));
        Assert.Equal("csv", Detect("export.csv", "authorid,author,date,content,attachments,reactions\n" + Row));
    }

    [Fact]
    public void A_discord_export_is_not_also_telegram_or_csv_and_a_telegram_export_is_not_discord()
    {
        var discord = FormatProbe.Read(ChatInput.FromFile(RepoPaths.Fixture("discord", "dm.json")));
        var telegram = FormatProbe.Read(ChatInput.FromFile(RepoPaths.Fixture("telegram", "single-chat.json")));

        Assert.Equal(0, new TelegramSniffer().Score(discord));
        Assert.Equal(0, new CsvChatSniffer().Score(discord));
        Assert.Equal(0, new WhatsAppSniffer().Score(discord));
        Assert.Equal(0, new DiscordSniffer().Score(telegram));
    }

    [Fact]
    public void Detects_a_minimal_messenger_file_with_or_without_a_bom()
    {
        const string Json = "{\"participants\": [{\"name\": \"Alice\"}], \"messages\": [{\"sender_name\": \"Bob\", \"timestamp_ms\": 1415147240411, \"content\": \"Hello\", \"type\": \"Generic\"}]}";

        Assert.Equal("messenger", Detect("message_1.json", Json));
        Assert.Equal("messenger", Registry.Detect(ChatInput.FromBytes("message_1.json", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Json)])).Name);
    }

    [Fact]
    public void A_messenger_file_is_not_telegram_discord_csv_or_whatsapp_and_theirs_are_not_messenger()
    {
        var messenger = FormatProbe.Read(ChatInput.FromFile(RepoPaths.Fixture("messenger", "facebook.json")));
        var instagram = FormatProbe.Read(ChatInput.FromFile(RepoPaths.Fixture("messenger", "instagram.json")));
        string[] others = ["telegram/single-chat.json", "telegram/full-export.json", "discord/dm.json", "discord/csv-dm.csv", "csv/interchange.csv", "whatsapp/android-en-gb-24h.txt", "whatsapp/ios-de-24h.zip", "sms/backup.xml"];

        foreach (var probe in new[] { messenger, instagram })
        {
            Assert.Equal(0, new TelegramSniffer().Score(probe));
            Assert.Equal(0, new DiscordSniffer().Score(probe));
            Assert.Equal(0, new CsvChatSniffer().Score(probe));
            Assert.Equal(0, new WhatsAppSniffer().Score(probe));
            Assert.Equal(0, new SmsBackupSniffer().Score(probe));
        }

        Assert.All(others, other => Assert.Equal(0, new MessengerSniffer().Score(FormatProbe.Read(ChatInput.FromFile(RepoPaths.Fixture(other.Split('/')))))));
    }

    [Fact]
    public void Detects_a_utf16_csv()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("timestamp,sender,text\n2024-03-14T21:05:17,Ana,a\n")).ToArray();

        Assert.Equal("csv", Registry.Detect(ChatInput.FromBytes("x.csv", bytes)).Name);
    }

    [Fact]
    public void A_whatsapp_line_quoting_csv_column_names_is_whatsapp_not_csv()
    {
        // `parse` reads this as one WhatsApp message from Ana whose text is "timestamp, sender, text".
        Assert.Equal("whatsapp", Detect("chat.txt", "14/03/2024, 21:05 - Ana: timestamp, sender, text\n"));
    }

    [Theory]
    [InlineData("calls.xml", "<?xml version='1.0'?>\n<calls count=\"1\"><call number=\"1\" /></calls>")]
    [InlineData("page.html", "<!DOCTYPE html><html><body>smses</body></html>")]
    [InlineData("wrong.csv", "when,who,what\n2024-03-14,Ana,a\n")]
    [InlineData("list.json", "[{\"timestamp\": \"2018-12-05T10:39:10\", \"author\": \"A\", \"message\": \"m\"}]")]
    [InlineData("notes.txt", "shopping list\nmilk, eggs\n14/03/2024 call the bank\n")]
    public void Does_not_mistake_other_files_for_a_supported_format(string name, string text)
    {
        var error = Assert.Throws<InputFormatException>(() => Detect(name, text));

        Assert.Equal($"{name}: {NoFormat}", error.Describe());
    }

    [Fact]
    public void Does_not_mistake_binary_data_for_a_supported_format()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 251)).ToArray();

        var error = Assert.Throws<InputFormatException>(() => Registry.Detect(ChatInput.FromBytes("blob.bin", bytes)));

        Assert.Equal($"blob.bin: {NoFormat}", error.Describe());
    }

    [Fact]
    public void A_telegram_export_is_not_also_a_csv_a_backup_or_a_whatsapp_chat()
    {
        var probe = FormatProbe.Read(ChatInput.FromFile(RepoPaths.Fixture("telegram", "single-chat.json")));

        Assert.Equal(0, new CsvChatSniffer().Score(probe));
        Assert.Equal(0, new SmsBackupSniffer().Score(probe));
        Assert.Equal(0, new WhatsAppSniffer().Score(probe));
    }

    [SharedDataTheory]
    [InlineData("imessage-exporter/edited_message/Edited.plist")]
    public void Does_not_claim_peer_fixtures_of_other_formats(string fixture)
    {
        var input = ChatInput.FromFile(SharedData.PeerFixture(fixture.Split('/')));

        var error = Assert.Throws<InputFormatException>(() => Registry.Detect(input));

        Assert.Equal(NoFormat, error.Message);
    }

    [SharedDataTheory]
    [InlineData("sms-backup-reader-2/test-assets/sms_and_mms.xml", "sms")]
    [InlineData("sms-backup-reader-2/e2e-fixtures/empty.xml", "sms")]
    [InlineData("chat-miner/telegram/test_single_export.json", "telegram")]
    [InlineData("chat-miner/telegram/test_batch_export.json", "telegram")]
    [InlineData("chat-analytics/telegram/DM_2A_7M.json", "telegram")]
    [InlineData("chat-analytics/telegram/BIG_20A_5475M.json", "telegram")]
    [InlineData("chat-analytics/discord/DM_2A_2M.json", "discord")]
    [InlineData("chat-analytics/discord/GC_3A_5M.json", "discord")]
    [InlineData("chat-analytics/discord/SV_5A_5M.json", "discord")]
    [InlineData("chat-analytics/whatsapp/2A_5M.txt", "whatsapp")]
    [InlineData("chat-analytics/messenger/2A_7M.json", "messenger")]
    [InlineData("chat-miner/instagram/test_export.json", "messenger")]
    [InlineData("WhatsR/englishandroid24h.txt", "whatsapp")]
    [InlineData("chat-miner/whatsapp/test_ddmmyy_24hrs.txt", "whatsapp")]
    public void Detects_peer_fixtures_of_its_formats(string fixture, string format)
    {
        var input = ChatInput.FromFile(SharedData.PeerFixture(fixture.Split('/')));

        Assert.Equal(format, Registry.Detect(input).Name);
    }
}
