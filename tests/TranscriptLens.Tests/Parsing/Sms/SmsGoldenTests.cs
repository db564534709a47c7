using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Parsing.Sms;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing.Sms;

public sealed class SmsGoldenTests
{
    private static readonly SmsBackupParser Parser = new();

    [Theory]
    [InlineData("backup")]
    [InlineData("truncated")]
    public void Parses_the_fixture_as_expected(string variant)
    {
        var chat = ParsedChat.Fixture(Parser, $"sms/{variant}.xml");

        GoldenFile.AssertJson(chat.ToJson(), $"sms/{variant}.expected.json");
    }

    [Fact]
    public void Backup_fixture_resolves_spellings_names_and_groups()
    {
        var chat = ParsedChat.Fixture(Parser, "sms/backup.xml");

        // Lena's thread: 3 SMS (the duplicate under another spelling dropped, draft and failed left
        // out) and 2 MMS; the unknown parcel sender; the group thread keyed by both numbers.
        Assert.Equal(["Lena Vogel", "+491709988776", "+4915112345678~+4916055544433"], chat.Messages.Select(m => m.Thread).Distinct());
        Assert.Equal(5, chat.Messages.Count(m => m.Thread == "Lena Vogel"));
        Assert.Equal("are you up? \U0001F600", chat.Messages[0].Text);
        Assert.Equal(["Jonas Brandt", "Me"], chat.Messages.Where(m => m.Thread!.Contains('~', StringComparison.Ordinal)).Select(m => m.Sender));
        Assert.True(chat.Reported(DiagnosticSeverity.Info, "3 draft, outbox, failed or queued"));
        Assert.True(chat.Reported(DiagnosticSeverity.Info, "1 duplicate message(s)"));
    }

    [Fact]
    public void Backup_fixture_converts_to_a_zone_across_a_daylight_saving_change()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        var chat = ParsedChat.Fixture(Parser, "sms/backup.xml", ParseOptions.Default with { TimeZone = berlin });

        // 2024-03-30 19:42:10.123Z is 20:42 CET; 2024-03-31 09:15:20Z is 11:15 CEST.
        Assert.Equal("2024-03-30T20:42:10+01:00", chat.Messages[0].Timestamp.ToString());
        var mms = chat.Messages.Single(m => m.Attachment == "IMG_2041.jpg");
        Assert.Equal("2024-03-31T11:15:20+02:00", mms.Timestamp.ToString());
        Assert.Equal(MessageKind.Media, mms.Kind);
    }
}
