using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Parsing.Sms;

namespace TranscriptLens.Tests.Parsing.Sms;

public sealed class SmsBackupParserTests
{
    private static readonly SmsBackupParser Parser = new();

    private static string Backup(string body) =>
        "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
        + "<?xml-stylesheet type=\"text/xsl\" href=\"sms.xsl\"?>\n"
        + "<smses count=\"99\">\n" + body + "\n</smses>\n";

    private static string Sms(long date, int type, string body, string address = "+15551230001", string contact = "Ana") =>
        $"<sms protocol=\"0\" address=\"{address}\" date=\"{date}\" type=\"{type}\" subject=\"null\" body=\"{body}\" toa=\"null\" contact_name=\"{contact}\" />";

    private static ParsedChat Parse(string body, ParseOptions? options = null) =>
        ParsedChat.FromText(Parser, "backup.xml", Backup(body), options);

    [Fact]
    public void Decodes_emoji_written_as_surrogate_pair_character_references()
    {
        var chat = Parse(Sms(1710446760456, 2, "yes &#55357;&#56832;"));

        Assert.Equal("yes \U0001F600", Assert.Single(chat.Messages).Text);
    }

    [Fact]
    public void Keeps_line_breaks_written_as_character_references()
    {
        var chat = Parse(Sms(1710446700123, 1, "are you up?&#10;call me"));

        Assert.Equal("are you up?\ncall me", Assert.Single(chat.Messages).Text);
    }

    [Fact]
    public void Reads_epoch_milliseconds_as_a_utc_instant()
    {
        var message = Assert.Single(Parse(Sms(1710446700123, 1, "hi")).Messages);

        Assert.True(message.Timestamp.IsInstant);
        Assert.Equal(TimeSpan.Zero, message.Timestamp.Offset);
        Assert.Equal(new DateTime(2024, 3, 14, 20, 5, 0, 123), message.Timestamp.Clock);
    }

    [Fact]
    public void Attributes_sent_messages_to_me_and_received_ones_to_the_contact()
    {
        var chat = Parse(Sms(1000, 1, "question?") + Sms(2000, 2, "answer"), ParseOptions.Default with { Me = "Tomás" });

        Assert.Equal(["Ana", "Tomás"], chat.Messages.Select(m => m.Sender));
    }

    [Fact]
    public void Names_an_unknown_contact_by_its_address()
    {
        var chat = Parse(Sms(1000, 1, "parcel", address: "+1 (555) 999-0000", contact: "(Unknown)") + Sms(2000, 1, "again", address: "+15559990000", contact: "null"));

        Assert.All(chat.Messages, m => Assert.Equal("+15559990000", m.Sender));
        Assert.All(chat.Messages, m => Assert.Equal("+15559990000", m.Thread));
    }

    [Fact]
    public void Leaves_out_drafts_outbox_failed_and_queued_messages_with_a_count()
    {
        var chat = Parse(Sms(1000, 1, "in") + Sms(2000, 3, "draft") + Sms(3000, 4, "outbox") + Sms(4000, 5, "failed") + Sms(5000, 6, "queued") + Sms(6000, 2, "sent"));

        Assert.Equal(["in", "sent"], chat.Texts);
        Assert.True(chat.Reported(DiagnosticSeverity.Info, "4 draft, outbox, failed or queued"));
    }

    [Fact]
    public void Reads_mms_text_parts_and_ignores_smil()
    {
        const string mms = """
            <mms date="1000" msg_box="1" address="+15551230001" contact_name="Ana">
              <parts>
                <part seq="-1" ct="application/smil" name="null" text="&lt;smil&gt;&lt;/smil&gt;" />
                <part seq="0" ct="text/plain" name="null" text="first slide" />
                <part seq="1" ct="text/plain" name="null" text="second slide" />
              </parts>
              <addrs><addr address="+15551230001" type="137" /></addrs>
            </mms>
            """;

        var message = Assert.Single(Parse(mms).Messages);

        Assert.Equal("first slide\nsecond slide", message.Text);
        Assert.Equal(MessageKind.Text, message.Kind);
        Assert.Null(message.Attachment);
    }

    [Fact]
    public void Reads_an_mms_image_with_text_as_media_with_a_caption()
    {
        const string mms = """
            <mms date="1000" msg_box="1" address="+15551230001" contact_name="Ana">
              <parts>
                <part seq="0" ct="image/jpeg" name="IMG_1.jpg" cl="IMG_1.jpg" data="/9j/4AAQSk" />
                <part seq="0" ct="text/plain" name="null" text="look at this" />
              </parts>
            </mms>
            """;

        var message = Assert.Single(Parse(mms).Messages);

        Assert.Equal(MessageKind.Media, message.Kind);
        Assert.Equal("look at this", message.Text);
        Assert.Equal("IMG_1.jpg", message.Attachment);
    }

    [Fact]
    public void Names_an_attachment_by_its_location_when_the_name_is_null_and_by_its_type_when_both_are()
    {
        const string mms = """
            <mms date="1000" msg_box="2" address="+15551230001" contact_name="Ana">
              <parts>
                <part seq="0" ct="image/png" name="null" cl="photo.png" data="iVBOR" />
                <part seq="0" ct="text/x-vCard" name="null" cl="null" data="QkVHSU4" />
              </parts>
            </mms>
            """;

        var message = Assert.Single(Parse(mms).Messages);

        Assert.Equal(MessageKind.Media, message.Kind);
        Assert.Equal(string.Empty, message.Text);
        Assert.Equal("photo.png, text/x-vcard", message.Attachment);
        Assert.Equal("Me", message.Sender);
    }

    [Fact]
    public void Attributes_a_group_mms_to_its_from_address_named_from_elsewhere_in_the_file()
    {
        var body = Sms(500, 1, "hi", address: "5551230002", contact: "Bo") + """
            <mms date="1000" msg_box="1" address="+15551230001~+15551230002" contact_name="Ana, Bo">
              <parts><part seq="0" ct="text/plain" name="null" text="dinner?" /></parts>
              <addrs>
                <addr address="+15551230002" type="137" />
                <addr address="+15551230001" type="151" />
              </addrs>
            </mms>
            <mms date="2000" msg_box="1" address="+15551230002~+15551230001" contact_name="Bo, Ana">
              <parts><part seq="0" ct="text/plain" name="null" text="yes" /></parts>
              <addrs><addr address="+15551230001" type="137" /></addrs>
            </mms>
            """;

        var chat = Parse(body);
        var group = chat.Messages.Where(m => m.Thread!.Contains('~', StringComparison.Ordinal)).ToList();

        Assert.Equal(["Bo", "Ana"], group.Select(m => m.Sender));
        Assert.All(group, m => Assert.Equal("+15551230001~+15551230002", m.Thread));
    }

    [Fact]
    public void Treats_literal_null_strings_as_missing()
    {
        var message = Assert.Single(Parse(Sms(1000, 1, "null", contact: "null")).Messages);

        Assert.Equal(string.Empty, message.Text);
        Assert.Equal("+15551230001", message.Sender);
    }

    [Fact]
    public void Drops_duplicates_from_overlapping_backups_with_a_note()
    {
        var chat = Parse(Sms(1000, 1, "same") + Sms(1000, 1, "same", address: "5551230001", contact: "null") + Sms(1000, 1, "different"));

        Assert.Equal(["same", "different"], chat.Texts);
        Assert.True(chat.Reported(DiagnosticSeverity.Info, "1 duplicate message(s)"));
    }

    [Fact]
    public void Delivers_thread_by_thread_in_time_order_and_numbers_each_thread()
    {
        var body = Sms(3000, 1, "a2") + Sms(1000, 1, "b1", address: "+15550000002", contact: "Bo") + Sms(2000, 2, "a1") + Sms(4000, 2, "b2", address: "+15550000002", contact: "Bo");

        var chat = Parse(body);

        Assert.Equal(["b1", "b2", "a1", "a2"], chat.Texts);
        Assert.Equal([0, 1, 0, 1], chat.Messages.Select(m => m.Index));
        Assert.Equal(["Bo", "Bo", "Ana", "Ana"], chat.Messages.Select(m => m.Thread));
        Assert.True(chat.Reported(DiagnosticSeverity.Info, "2 threads: Bo (2), Ana (2)"));
    }

    [Theory]
    [InlineData("ana")]
    [InlineData("+15551230001")]
    [InlineData("(555) 123-0001")]
    public void Selects_one_thread_by_contact_name_or_address(string wanted)
    {
        var body = Sms(1000, 1, "from ana") + Sms(2000, 1, "from bo", address: "+15550000002", contact: "Bo");

        var chat = Parse(body, ParseOptions.Default with { Thread = wanted });

        Assert.Equal(["from ana"], chat.Texts);
    }

    [Fact]
    public void Unknown_thread_is_a_usage_error_listing_the_threads()
    {
        var body = Sms(1000, 1, "from ana") + Sms(2000, 1, "from bo", address: "+15550000002", contact: "Bo");

        var error = Assert.Throws<UsageException>(() => Parse(body, ParseOptions.Default with { Thread = "Carla" }));

        Assert.Contains("Carla", error.Message, StringComparison.Ordinal);
        Assert.Contains("Ana (1), Bo (1)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_messages_read_before_a_truncation_and_reports_the_break_as_an_error()
    {
        var text = "<?xml version='1.0'?>\n<smses count=\"3\">\n" + Sms(1000, 1, "one") + "\n" + Sms(2000, 2, "two") + "\n<sms address=\"+1555\" da";

        var chat = ParsedChat.FromText(Parser, "cut.xml", text);

        Assert.Equal(["one", "two"], chat.Texts);
        var error = Assert.Single(chat.Diagnostics.Items, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(5, error.Line);
        Assert.Contains("2 message(s) read before the break are kept", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_an_mms_cut_off_mid_element_with_the_parts_read_before_the_break()
    {
        const string text = "<?xml version='1.0'?>\n<smses count=\"1\">\n"
            + "<mms date=\"1000\" msg_box=\"1\" address=\"+15551230001\" contact_name=\"Ana\">\n<parts>\n"
            + "<part seq=\"0\" ct=\"image/jpeg\" name=\"IMG_9.jpg\" data=\"/9j/4AAQ\" />\n"
            + "<part seq=\"0\" ct=\"text/plain\" name=\"null\" te";

        var chat = ParsedChat.FromText(Parser, "cut.xml", text);

        var message = Assert.Single(chat.Messages);
        Assert.Equal(MessageKind.Media, message.Kind);
        Assert.Equal("IMG_9.jpg", message.Attachment);
        Assert.True(chat.Reported(DiagnosticSeverity.Error, "the MMS starting at line 3 was cut off"));
    }

    [Fact]
    public void Truncation_before_any_message_is_an_input_format_error_with_the_line()
    {
        var error = Assert.Throws<InputFormatException>(() => ParsedChat.FromText(Parser, "cut.xml", "<?xml version='1.0'?>\n<smses count=\"3\">\n  <sms date=\"1"));

        Assert.Equal(3, error.Position);
        Assert.Contains("no message could be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_an_input_format_error()
    {
        var error = Assert.Throws<InputFormatException>(() => ParsedChat.FromText(Parser, "empty.xml", string.Empty));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_backup_without_messages_is_empty_with_a_note()
    {
        var chat = ParsedChat.FromText(Parser, "none.xml", "<?xml version='1.0'?>\n<smses count=\"0\">\n</smses>\n");

        Assert.Empty(chat.Messages);
        Assert.True(chat.Reported(DiagnosticSeverity.Info, "the backup holds no messages"));
    }

    [Fact]
    public void A_call_log_backup_is_rejected_naming_its_root_element()
    {
        var error = Assert.Throws<InputFormatException>(() => ParsedChat.FromText(Parser, "calls.xml", "<?xml version='1.0'?>\n<calls count=\"1\"><call number=\"1\" /></calls>"));

        Assert.Contains("<calls>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_an_mms_with_a_large_inline_attachment()
    {
        var mms = $"""
            <mms date="1000" msg_box="1" address="+15551230001" contact_name="Ana">
              <parts><part seq="0" ct="image/jpeg" name="big.jpg" data="{new string('A', 2_000_000)}" /></parts>
            </mms>
            """;

        var message = Assert.Single(Parse(mms).Messages);

        Assert.Equal("big.jpg", message.Attachment);
    }
}
