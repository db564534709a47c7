using System.Text;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Parsing.Csv;

namespace TranscriptLens.Tests.Parsing.Csv;

public sealed class CsvChatParserTests
{
    private static readonly CsvChatParser Parser = new();

    private static ParsedChat Parse(string text) => ParsedChat.FromText(Parser, "chat.csv", text);

    [Theory]
    [InlineData("timestamp,sender,text")]
    [InlineData("Time,Author,Message")]
    [InlineData("DATETIME,From,Body")]
    [InlineData("sent_at,sender_name,content")]
    [InlineData("date,name,text")]
    [InlineData(" Timestamp , Sender , Text ")]
    public void Finds_the_columns_by_name_or_alias_in_any_case(string header)
    {
        var chat = Parse($"{header}\n2024-03-14T21:05:17,Ana,hello\n");

        var message = Assert.Single(chat.Messages);
        Assert.Equal(("Ana", "hello", "2024-03-14T21:05:17"), (message.Sender, message.Text, message.Timestamp.ToString()));
    }

    [Fact]
    public void Finds_columns_in_any_order()
    {
        var message = Assert.Single(Parse("text,kind,sender,timestamp\nhello,,Ana,2024-03-14T21:05:17\n").Messages);

        Assert.Equal(("Ana", "hello"), (message.Sender, message.Text));
    }

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    [InlineData('\t')]
    public void Takes_the_delimiter_from_the_header(char delimiter)
    {
        var d = delimiter.ToString();
        var chat = Parse($"timestamp{d}sender{d}text\n2024-03-14T21:05:17{d}Ana{d}\"one, two; three\tfour\"\n");

        Assert.Equal("one, two; three\tfour", Assert.Single(chat.Messages).Text);
    }

    [Fact]
    public void Reads_a_quoted_multiline_field_as_one_message_starting_on_its_first_line()
    {
        var chat = Parse("timestamp,sender,text\n2024-03-14T21:05:17,Ana,\"can I tell you something?\nit's been a weird week\"\n2024-03-14T21:06:02,Ben,sure\n");

        Assert.Equal(["can I tell you something?\nit's been a weird week", "sure"], chat.Texts);
        Assert.Equal([2, 4], chat.Messages.Select(m => m.Line));
    }

    [Fact]
    public void Reads_an_offset_as_an_instant_and_no_offset_as_naive_time()
    {
        var chat = Parse("timestamp,sender,text\n2024-03-14T21:05:17+01:00,Ana,a\n2024-03-14T21:06:00,Ben,b\n");

        Assert.Equal(TimeSpan.FromHours(1), chat.Messages[0].Timestamp.Offset);
        Assert.False(chat.Messages[1].Timestamp.IsInstant);
    }

    [Theory]
    [InlineData("1710446717", "2024-03-14T20:05:17+00:00")]
    [InlineData("1710446717123", "2024-03-14T20:05:17+00:00")]
    [InlineData("99999999999", "5138-11-16T09:46:39+00:00")]
    [InlineData("100000000000", "1973-03-03T09:46:40+00:00")]
    public void Reads_epoch_seconds_or_milliseconds_by_magnitude(string epoch, string expected)
    {
        var message = Assert.Single(Parse($"timestamp,sender,text\n{epoch},Ana,a\n").Messages);

        Assert.Equal(expected, message.Timestamp.ToString());
    }

    [Fact]
    public void Combines_separate_date_and_time_columns()
    {
        var message = Assert.Single(Parse("date,time,sender,text\n2024-03-14,21:05,Ana,a\n").Messages);

        Assert.Equal("2024-03-14T21:05:00", message.Timestamp.ToString());
    }

    [Fact]
    public void Reads_kind_attachment_conversation_and_edited_columns()
    {
        var chat = Parse("timestamp,sender,text,type,attachment,conversation,thread,edited\n"
            + "2024-03-14T21:05:17,Ana,,Media,IMG_1.jpg,Family,t1,true\n"
            + "2024-03-14T21:06:00,Ana,Ana left,system,,Family,t1,false\n"
            + "2024-03-14T21:07:00,Ben,,deleted,,Family,t1,0\n");

        Assert.Equal([MessageKind.Media, MessageKind.System, MessageKind.Deleted], chat.Messages.Select(m => m.Kind));
        Assert.Equal("IMG_1.jpg", chat.Messages[0].Attachment);
        Assert.True(chat.Messages[0].Edited);
        Assert.Null(chat.Messages[1].Sender);
        Assert.All(chat.Messages, m => Assert.Equal(("Family", "t1"), (m.Chat, m.Thread)));
    }

    [Fact]
    public void Missing_required_column_names_the_columns_found_and_expected()
    {
        var error = Assert.Throws<InputFormatException>(() => Parse("when,who,text\n2024-03-14T21:05:17,Ana,a\n"));

        Assert.Contains("no timestamp, sender column", error.Message, StringComparison.Ordinal);
        Assert.Contains("found: when, who, text", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected: timestamp (or", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Position);
    }

    [Fact]
    public void An_empty_file_is_an_input_format_error()
    {
        Assert.Throws<InputFormatException>(() => Parse(string.Empty));
    }

    [Fact]
    public void Reports_bad_rows_with_their_line_and_raw_text_and_keeps_reading()
    {
        var chat = Parse("timestamp,sender,text\n"
            + "2024-03-14T21:05:00,Ana,good\n"
            + "14/03/2024 21:06,Ana,day-first\n"
            + "2024-03-14T21:07:00,Ben,too,many\n"
            + "2024-03-14T21:08:00,,no sender\n"
            + "2024-03-14T21:09:00,Ben,also good\n");

        Assert.Equal(["good", "also good"], chat.Texts);
        var warnings = chat.Diagnostics.Items.Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();
        Assert.Equal([3, 4, 5], warnings.Select(w => w.Line));
        Assert.Equal("14/03/2024 21:06,Ana,day-first", warnings[0].Raw);
        Assert.Contains("4 field(s) but the header has 3", warnings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_utf16_with_a_byte_order_mark()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("timestamp,sender,text\n2024-03-14T21:05:17,Zoë,ça va? 😀\n")).ToArray();

        var chat = ParsedChat.Read(Parser, ChatInput.FromBytes("utf16.csv", bytes));

        var message = Assert.Single(chat.Messages);
        Assert.Equal(("Zoë", "ça va? 😀"), (message.Sender, message.Text));
    }

    [Fact]
    public void Reads_utf8_with_a_byte_order_mark_without_it_in_the_first_column_name()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("timestamp,sender,text\n2024-03-14T21:05:17,Ana,a\n")).ToArray();

        Assert.Single(ParsedChat.Read(Parser, ChatInput.FromBytes("bom.csv", bytes)).Messages);
    }

    [Fact]
    public void Reads_windows_1252_when_the_file_is_not_utf8()
    {
        // 0xF6 is ö and 0x80 is € in Windows-1252; neither is valid UTF-8 here.
        byte[] bytes = [.. Encoding.Latin1.GetBytes("timestamp;sender;text\n2024-03-14T21:05;J\u00F6rg;"), 0x80, .. Encoding.Latin1.GetBytes(" 5\n")];

        var chat = ParsedChat.Read(Parser, ChatInput.FromBytes("excel.csv", bytes));

        var message = Assert.Single(chat.Messages);
        Assert.Equal(("Jörg", "€ 5"), (message.Sender, message.Text));
        Assert.True(chat.Reported(DiagnosticSeverity.Info, "Windows-1252"));
    }

    [Fact]
    public void Undoes_the_formula_escaping_of_its_own_writer()
    {
        var chat = Parse("timestamp,sender,text\n2024-03-14T21:05:17,'+15551230001,\"'=not a formula\"\n");

        var message = Assert.Single(chat.Messages);
        Assert.Equal(("+15551230001", "=not a formula"), (message.Sender, message.Text));
    }

    [Fact]
    public void Normalises_crlf_inside_quoted_fields_to_lf()
    {
        var chat = Parse("timestamp,sender,text\r\n2024-03-14T21:05:17,Ana,\"one\r\ntwo\"\r\n");

        Assert.Equal("one\ntwo", Assert.Single(chat.Messages).Text);
    }

    [Fact]
    public void Chat_and_thread_options_keep_one_conversation()
    {
        const string text = "timestamp,sender,text,chat,thread\n"
            + "2024-03-14T21:05:00,Ana,a,Family,\n"
            + "2024-03-14T21:06:00,Ben,b,Work,\n"
            + "2024-03-14T21:07:00,Ana,c,,Lena\n";

        Assert.Equal(["b"], ParsedChat.FromText(Parser, "x.csv", text, ParseOptions.Default with { Chat = "work" }).Texts);
        Assert.Equal(["c"], ParsedChat.FromText(Parser, "x.csv", text, ParseOptions.Default with { Thread = "LENA" }).Texts);
    }

    [Fact]
    public void Unknown_chat_is_a_usage_error_listing_the_chats()
    {
        const string text = "timestamp,sender,text,chat\n2024-03-14T21:05:00,Ana,a,Family\n2024-03-14T21:06:00,Ben,b,Work\n";

        var error = Assert.Throws<UsageException>(() => ParsedChat.FromText(Parser, "x.csv", text, ParseOptions.Default with { Chat = "Nobody" }));

        Assert.Contains("chats: Family, Work", error.Message, StringComparison.Ordinal);
    }
}
