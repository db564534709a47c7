using System.Text;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Parsing.Csv;
using TranscriptLens.Core.Parsing.Sms;
using TranscriptLens.Core.Parsing.Telegram;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing;

public sealed class FormatDetectionTests
{
    private static readonly ParserRegistry Registry = new(
        [new SmsBackupParser(), new TelegramParser(), new CsvChatParser()],
        [new SmsBackupSniffer(), new TelegramSniffer(), new CsvChatSniffer()]);

    private static string Detect(string name, string text) => Registry.Detect(ChatInput.FromText(name, text)).Name;

    [Theory]
    [InlineData("sms/backup.xml", "sms")]
    [InlineData("sms/truncated.xml", "sms")]
    [InlineData("telegram/single-chat.json", "telegram")]
    [InlineData("telegram/full-export.json", "telegram")]
    [InlineData("telegram/old-export.json", "telegram")]
    [InlineData("csv/semicolon-split-date.csv", "csv")]
    [InlineData("csv/interchange.csv", "csv")]
    [InlineData("csv/tab-epoch.tsv", "csv")]
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
    public void Detects_a_utf16_csv()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("timestamp,sender,text\n2024-03-14T21:05:17,Ana,a\n")).ToArray();

        Assert.Equal("csv", Registry.Detect(ChatInput.FromBytes("x.csv", bytes)).Name);
    }

    [Theory]
    [InlineData("calls.xml", "<?xml version='1.0'?>\n<calls count=\"1\"><call number=\"1\" /></calls>")]
    [InlineData("page.html", "<!DOCTYPE html><html><body>smses</body></html>")]
    [InlineData("discord.json", "{\"guild\": {\"id\": \"1\"}, \"channel\": {\"type\": \"DirectTextChat\"}, \"messages\": [{\"id\": \"5\", \"type\": \"Default\", \"timestamp\": \"2023-01-01T00:00:00+00:00\", \"content\": \"blah\", \"author\": {\"name\": \"x\"}}]}")]
    [InlineData("messenger.json", "{\"participants\": [{\"name\": \"Alice\"}], \"messages\": [{\"sender_name\": \"Bob\", \"timestamp_ms\": 1415147240411, \"content\": \"Hello\", \"type\": \"Generic\"}]}")]
    [InlineData("chat.txt", "14/03/2024, 21:05 - Ana: timestamp, sender, text\n")]
    [InlineData("wrong.csv", "when,who,what\n2024-03-14,Ana,a\n")]
    [InlineData("list.json", "[{\"timestamp\": \"2018-12-05T10:39:10\", \"author\": \"A\", \"message\": \"m\"}]")]
    public void Does_not_mistake_other_files_for_a_supported_format(string name, string text)
    {
        Assert.Throws<InputFormatException>(() => Detect(name, text));
    }

    [Fact]
    public void Does_not_mistake_binary_data_for_a_supported_format()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 251)).ToArray();

        Assert.Throws<InputFormatException>(() => Registry.Detect(ChatInput.FromBytes("blob.bin", bytes)));
    }

    [Fact]
    public void A_telegram_export_is_not_also_a_csv()
    {
        var probe = FormatProbe.Read(ChatInput.FromFile(RepoPaths.Fixture("telegram", "single-chat.json")));

        Assert.Equal(0, new CsvChatSniffer().Score(probe));
        Assert.Equal(0, new SmsBackupSniffer().Score(probe));
    }

    [SharedDataTheory]
    [InlineData("chat-analytics/discord/DM_2A_2M.json")]
    [InlineData("chat-analytics/discord/GC_3A_5M.json")]
    [InlineData("chat-analytics/messenger/2A_7M.json")]
    [InlineData("chat-miner/instagram/test_export.json")]
    [InlineData("chat-analytics/whatsapp/2A_5M.txt")]
    [InlineData("WhatsR/englishandroid24h.txt")]
    public void Does_not_claim_peer_fixtures_of_other_formats(string fixture)
    {
        var input = ChatInput.FromFile(SharedData.PeerFixture(fixture.Split('/')));

        Assert.Throws<InputFormatException>(() => Registry.Detect(input));
    }

    [SharedDataTheory]
    [InlineData("sms-backup-reader-2/test-assets/sms_and_mms.xml", "sms")]
    [InlineData("sms-backup-reader-2/e2e-fixtures/empty.xml", "sms")]
    [InlineData("chat-miner/telegram/test_single_export.json", "telegram")]
    [InlineData("chat-miner/telegram/test_batch_export.json", "telegram")]
    [InlineData("chat-analytics/telegram/DM_2A_7M.json", "telegram")]
    [InlineData("chat-analytics/telegram/BIG_20A_5475M.json", "telegram")]
    public void Detects_peer_fixtures_of_its_formats(string fixture, string format)
    {
        var input = ChatInput.FromFile(SharedData.PeerFixture(fixture.Split('/')));

        Assert.Equal(format, Registry.Detect(input).Name);
    }
}
