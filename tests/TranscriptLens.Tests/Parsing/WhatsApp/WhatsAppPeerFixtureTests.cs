using System.Globalization;
using System.Text.Json;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Parsing.WhatsApp;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing.WhatsApp;

/// <summary>
/// Acceptance over other projects' WhatsApp fixtures (../shared/data/peer-fixtures, read in place:
/// several are GPL/AGPL and must not be copied). Each test states what the peer's own tests expect;
/// where TranscriptLens's normalised model rightly differs, the test says so.
/// </summary>
public sealed class WhatsAppPeerFixtureTests
{
    private static WhatsAppRun Peer(params string[] path) => WhatsAppRun.OfFile(SharedData.PeerFixture(path));

    private static DateTime At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture).UtcDateTime;

    // ---- Pustur/whatsapp-chat-parser (tests/index.test.ts, tests/parser.test.ts) ----

    [SharedDataFact]
    public void Whatsapp_chat_parser_chat_example_has_five_messages_and_keeps_the_empty_line()
    {
        var run = Peer("whatsapp-chat-parser", "index.test.chatExample.txt");

        Assert.Equal(5, run.Messages.Count);
        Assert.Equal([MessageKind.System, MessageKind.System, MessageKind.Text, MessageKind.Text, MessageKind.Text], run.Messages.Select(m => m.Kind));
        // wacp expects "How are you?\n\nIs everything alright?\n": its split keeps the file's final
        // line break as an empty last line. Here a line break ends a line; trailing breaks are not text.
        Assert.Equal("How are you?\n\nIs everything alright?", run.Messages[4].Text);
        Assert.Equal("+410123456789", run.Messages[4].Sender);
        // Month first: within 2017 the second field decreases (05 -> 04), as wacp also decides.
        Assert.Equal(new DateTime(2017, 6, 3, 0, 45, 0), run.Messages[0].Timestamp.Clock);
        Assert.Equal(new DateTime(2017, 9, 4, 1, 50, 0), run.Messages[4].Timestamp.Clock);
    }

    [SharedDataFact]
    public void Whatsapp_chat_parser_issue_237_decides_day_first_for_the_whole_file()
    {
        var run = Peer("whatsapp-chat-parser", "index.test.issue237.txt");

        Assert.Equal([new DateTime(2020, 12, 30, 13, 0, 0), new DateTime(2021, 1, 13, 13, 0, 0)], run.Messages.Select(m => m.Timestamp.Clock));
    }

    [SharedDataFact]
    public void Whatsapp_chat_parser_reads_an_empty_string_as_no_messages_but_an_empty_file_is_an_input_error_here()
    {
        // wacp: parseString('') == []. An empty export is not a chat; the CLI reports it (exit 3).
        var error = Assert.Throws<InputFormatException>(() => WhatsAppRun.OfText(string.Empty));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> HeaderFormats() => CaseIds("header_formats");

    public static TheoryData<string> AttachmentFormats() => CaseIds("attachments");

    [SharedDataTheory]
    [MemberData(nameof(HeaderFormats))]
    public void Whatsapp_chat_parser_header_format_gives_its_date_author_and_message(string id)
    {
        var testCase = Case("header_formats", id);

        var message = Assert.Single(WhatsAppRun.OfText(testCase.GetProperty("line").GetString()!).Messages);

        Assert.Equal(At(testCase.GetProperty("expected_date_iso_when_TZ_UTC").GetString()!), message.Timestamp.Clock);
        Assert.Equal(testCase.GetProperty("author").GetString(), message.Sender);
        Assert.Equal(testCase.GetProperty("message").GetString(), message.Text);
    }

    [SharedDataTheory]
    [MemberData(nameof(AttachmentFormats))]
    public void Whatsapp_chat_parser_attachment_format_gives_the_file_name(string id)
    {
        var testCase = Case("attachments", id);

        var message = Assert.Single(WhatsAppRun.OfText(testCase.GetProperty("line").GetString()!).Messages);

        Assert.Equal(MessageKind.Media, message.Kind);
        Assert.Equal(testCase.GetProperty("expected_attachment_fileName").GetString(), message.Attachment);
    }

    [SharedDataFact]
    public void Whatsapp_chat_parser_attachment_caption_on_the_next_line_is_the_text()
    {
        var message = Assert.Single(WhatsAppRun.OfText(Case("attachments", "attachment_format4").GetProperty("line").GetString()!).Messages);

        Assert.Equal("Dir auch frohe Ostern.", message.Text);
    }

    [SharedDataFact]
    public void Whatsapp_chat_parser_days_first_option_is_the_fallback_for_an_undecidable_file()
    {
        var section = Cases().GetProperty("daysFirst_option");
        var line = section.GetProperty("line").GetString()!;

        var dayFirst = Assert.Single(WhatsAppRun.OfText(line, DateOrder.DayFirst).Messages).Timestamp.Clock;
        var monthFirst = Assert.Single(WhatsAppRun.OfText(line, DateOrder.MonthFirst).Messages).Timestamp.Clock;

        Assert.Equal((section.GetProperty("daysFirst_true").GetProperty("day").GetInt32(), section.GetProperty("daysFirst_true").GetProperty("month").GetInt32()), (dayFirst.Day, dayFirst.Month));
        Assert.Equal((section.GetProperty("daysFirst_false").GetProperty("day").GetInt32(), section.GetProperty("daysFirst_false").GetProperty("month").GetInt32()), (monthFirst.Day, monthFirst.Month));
    }

    [SharedDataFact]
    public void Whatsapp_chat_parser_date_inside_a_multiline_message_does_not_start_a_message()
    {
        var section = Cases().GetProperty("multiline_with_datetime_inside");
        var lines = section.GetProperty("lines").EnumerateArray().Select(l => l.GetString()!);

        var message = Assert.Single(WhatsAppRun.OfText(string.Join("\n", lines)).Messages);

        Assert.Equal("one\ntwo\n2016-04-29 10:30:00", message.Text);
        Assert.Equal("Loris", message.Sender);
    }

    [SharedDataFact]
    public void Whatsapp_chat_parser_system_and_empty_messages()
    {
        var system = Cases().GetProperty("system_message");
        var empty = Cases().GetProperty("empty_message");

        var systemMessage = Assert.Single(WhatsAppRun.OfText(system.GetProperty("line").GetString()!).Messages);
        var emptyMessage = Assert.Single(WhatsAppRun.OfText(empty.GetProperty("line").GetString()!).Messages);

        Assert.Null(systemMessage.Sender);
        Assert.Equal(MessageKind.System, systemMessage.Kind);
        Assert.Equal(system.GetProperty("expected_message").GetString(), systemMessage.Text);
        Assert.Equal(MessageKind.Text, emptyMessage.Kind);
        Assert.Equal("Luke", emptyMessage.Sender);
        Assert.Equal(string.Empty, emptyMessage.Text);
    }

    // ---- joweich/chat-miner (test/test_whatsapp.py) ----

    [SharedDataTheory]
    [InlineData("test_ddmmyy_24hrs.txt")]
    [InlineData("test_mmddyy_24hrs.txt")]
    [InlineData("test_mmddyyyy_12hrs.txt")]
    [InlineData("test_yyyymmdd_24hrs.txt")]
    [InlineData("test_[mmddyy]_24hrs.txt")]
    public void Chat_miner_variants_give_the_six_messages_of_its_target(string fixture)
    {
        var run = Peer("chat-miner", "whatsapp", fixture);
        using var target = JsonDocument.Parse(File.ReadAllText(SharedData.PeerFixture("chat-miner", "whatsapp", "target.json")));

        // chat-miner drops system lines (and "John Doe:.", which has no ":␣" and so is an authorless,
        // i.e. system, line here too), lists newest first and joins lines with a space. We keep system
        // lines (kind system), go oldest first and keep "\n"; compare on the same footing.
        var ours = run.Messages.Where(m => m.Kind != MessageKind.System).Reverse()
            .Select(m => (m.Timestamp.Clock, m.Sender, m.Text.Replace('\n', ' ')))
            .ToList();
        var theirs = target.RootElement.EnumerateArray()
            .Select(e => (DateTime.Parse(e.GetProperty("timestamp").GetString()!, CultureInfo.InvariantCulture), (string?)e.GetProperty("author").GetString(), e.GetProperty("message").GetString()!))
            .ToList();

        Assert.Equal(theirs, ours);
        Assert.Equal(3, run.Messages.Count(m => m.Kind == MessageKind.System));
    }

    // ---- lucasrodes/whatstk (docstrings and tests) ----

    [SharedDataFact]
    public void Whatstk_pokemon_reads_the_chat_name_encryption_notice_as_a_system_line()
    {
        var run = Peer("whatstk", "whatsapp", "pokemon.txt");

        // whatstk keeps "Pokemon Chat" as the author with type system; system lines have no sender here.
        Assert.Equal(MessageKind.System, run.Messages[0].Kind);
        Assert.Null(run.Messages[0].Sender);
        Assert.StartsWith("Messages and calls are end-to-end encrypted", run.Messages[0].Text, StringComparison.Ordinal);
        Assert.Equal(MessageKind.System, run.Messages[1].Kind);
        Assert.Equal(20, run.Messages.Count);
        Assert.Equal(18, run.Messages.Count(m => m.Kind == MessageKind.Text));
        Assert.DoesNotContain(run.Messages, m => m.Sender == "Pokemon Chat");
    }

    [SharedDataFact]
    public void Whatstk_lorem_has_500_messages_starting_with_mary()
    {
        var run = Peer("whatstk", "whatsapp", "lorem.txt");

        Assert.Equal(500, run.Messages.Count);
        Assert.Equal(new DateTime(2020, 1, 15, 2, 22, 56), run.Messages[0].Timestamp.Clock);
        Assert.Equal("Mary", run.Messages[0].Sender);
        // The file has a trailing space after the text; trailing white space is not kept.
        Assert.Equal("Nostrud exercitation magna id.", run.Messages[0].Text);
    }

    [SharedDataFact]
    public void Whatstk_lorem_2000_has_2000_messages_by_four_authors()
    {
        var run = Peer("whatstk", "whatsapp", "lorem-2000.txt");

        var counts = run.Messages.GroupBy(m => m.Sender!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(2000, run.Messages.Count);
        Assert.Equal(507, counts["+1 123 456 789"]);
        Assert.Equal(496, counts["Mary"]);
        Assert.Equal(481, counts["John"]);
        Assert.Equal(516, counts["Giuseppe"]);
    }

    [SharedDataTheory]
    [InlineData("lorem-merge-part1.txt")]
    [InlineData("lorem-merge-part2.txt")]
    public void Whatstk_merge_parts_have_300_messages_each(string fixture)
    {
        var run = Peer("whatstk", "whatsapp", fixture);

        Assert.Equal(300, run.Messages.Count);
        Assert.All(run.Messages, m => Assert.Equal(MessageKind.Text, m.Kind));
    }

    // ---- mlomb/chat-analytics (tests/samples/whatsapp/*.ts) ----

    [SharedDataFact]
    public void Chat_analytics_2A_5M_is_emitted_sorted_with_the_media_message_last()
    {
        var run = Peer("chat-analytics", "whatsapp", "2A_5M.txt");

        Assert.Equal(["Hi", "Whats up?", "All good", "This message should be reordered", string.Empty], run.Messages.Select(m => m.Text));
        Assert.Equal([0, 1, 2, 2, 3], run.Messages.Select(m => m.Timestamp.Clock.Minute));
        // chat-analytics files "<media omitted>" as an attachment of type Other; here the type is unknown: "media".
        Assert.Equal(MessageKind.Media, run.Messages[4].Kind);
        Assert.Equal("media", run.Messages[4].Attachment);
        Assert.Equal("B", run.Messages[4].Sender);
    }

    [SharedDataTheory]
    [InlineData("4A_11M.txt")]
    [InlineData("4A_11M.zip")]
    public void Chat_analytics_4A_11M_reads_the_ambiguous_date_as_day_first(string fixture)
    {
        var run = Peer("chat-analytics", "whatsapp", fixture);

        Assert.Equal(11, run.Messages.Count(m => m.Kind == MessageKind.Text));
        Assert.Equal(3, run.Messages.Count(m => m.Kind == MessageKind.System));
        var at = new DateTime(2020, 9, 12, 23, 55, 0);
        Assert.Contains(run.Messages, m => m.Sender == "Alice" && m.Text == "boiii" && m.Timestamp.Clock == at);
        Assert.Contains(run.Messages, m => m.Sender == "Trent" && m.Text == "👩🏻‍⚖️" && m.Timestamp.Clock == at);
        Assert.Equal(["Alice", "Bob", "Eve", "Mallory", "Trent"], run.Messages.Where(m => m.Sender is not null).Select(m => m.Sender!).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(run.Diagnostics.Items, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("assumed day first", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void Chat_analytics_4A_11M_zip_gives_the_same_messages_as_the_text()
    {
        var text = Peer("chat-analytics", "whatsapp", "4A_11M.txt");
        var zip = Peer("chat-analytics", "whatsapp", "4A_11M.zip");

        Assert.Equal(text.Json(), zip.Json());
    }

    // ---- gesiscss/WhatsR (tests/testthat/test-WhatsR-tests.R: 50 rows per file) ----

    [SharedDataTheory]
    [InlineData("englishandroid24h.txt")]
    [InlineData("englishandroidampm.txt")]
    [InlineData("englishios24h.txt")]
    [InlineData("englishiosampm.txt")]
    [InlineData("germanandroid24h.txt")]
    [InlineData("germanandroidampm.txt")]
    [InlineData("germanios24h.txt")]
    [InlineData("germaniosampm.txt")]
    public void WhatsR_files_have_50_entries_including_system_lines(string fixture)
    {
        var run = Peer("WhatsR", fixture);

        Assert.Equal(50, run.Messages.Count);
        // WhatsR files system lines under "WhatsApp System Message"; here they have no sender.
        Assert.Equal(8, run.Messages.Count(m => m.Kind == MessageKind.System));
        Assert.Equal(2, run.Messages.Count(m => m.Kind == MessageKind.Media));
        Assert.Contains(run.Messages, m => m.Attachment == "PTT-20180129-WA0025.opus");
        Assert.Equal(["Alice", "Bob", "Carol", "Dave", "Mallory"], run.Messages.Where(m => m.Sender is not null).Select(m => m.Sender!).Distinct().Order(StringComparer.Ordinal));
        Assert.All(run.Messages, m => Assert.DoesNotContain('\uFEFF', m.Text + m.Sender));
        Assert.All(run.Messages, m => Assert.DoesNotContain('\u200E', m.Text + m.Sender));
        Assert.Equal(new DateTime(2018, 1, 29, 12, 24, 0), run.Messages[0].Timestamp.Clock.AddSeconds(-run.Messages[0].Timestamp.Clock.Second));
    }

    [SharedDataTheory]
    [InlineData("englishandroid")]
    [InlineData("englishios")]
    public void WhatsR_english_12_hour_files_equal_their_24_hour_twins(string variant)
    {
        // englishandroidampm.txt writes 00:13 AM and 23:59 PM; both are taken as written.
        var twelve = Peer("WhatsR", variant + "ampm.txt");
        var twentyFour = Peer("WhatsR", variant + "24h.txt");

        Assert.Equal(twentyFour.Json(), twelve.Json());
        Assert.Contains(twelve.Messages, m => m.Timestamp.Clock == new DateTime(2018, 1, 30, 0, 13, 0).AddSeconds(m.Timestamp.Clock.Second));
    }

    [SharedDataFact]
    public void WhatsR_german_file_with_stray_byte_order_marks_reads_every_line()
    {
        var run = Peer("WhatsR", "germanios24h.txt");

        Assert.Equal("https://github.com/JuKo007", run.Messages.Single(m => m.Line == 28).Text);
        Assert.Equal(MessageKind.System, run.Messages[0].Kind);
        Assert.Equal(new DateTime(2018, 1, 29, 12, 24, 3), run.Messages[0].Timestamp.Clock);
    }

    private static JsonElement Cases() =>
        JsonDocument.Parse(File.ReadAllText(SharedData.PeerFixture("whatsapp-chat-parser", "parser.test.cases.json"))).RootElement;

    private static JsonElement Case(string section, string id) =>
        Cases().GetProperty(section).EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);

    private static TheoryData<string> CaseIds(string section)
    {
        var data = new TheoryData<string>();
        if (!SharedData.Available)
        {
            data.Add("unavailable");
            return data;
        }

        foreach (var item in Cases().GetProperty(section).EnumerateArray())
        {
            data.Add(item.GetProperty("id").GetString()!);
        }

        return data;
    }
}
