using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Parsing.Telegram;

namespace TranscriptLens.Tests.Parsing.Telegram;

public sealed class TelegramParserTests
{
    private static readonly TelegramParser Parser = new();

    private static ParsedChat Parse(string json, ParseOptions? options = null) =>
        ParsedChat.FromText(Parser, "result.json", json, options);

    private static string Single(params string[] messages) =>
        "{\"name\": \"Ana\", \"type\": \"personal_chat\", \"id\": 1, \"messages\": [" + string.Join(",\n", messages) + "]}";

    private static string Text(string text, string from = "Ana", long unix = 1710446717) =>
        $$"""{"id": 1, "type": "message", "date": "2024-03-14T21:05:17", "date_unixtime": "{{unix}}", "from": "{{from}}", "from_id": "user1", "text": {{text}}}""";

    [Fact]
    public void Concatenates_text_arrays_without_adding_spaces()
    {
        var chat = Parse(Single(Text("""["look: ", {"type": "link", "text": "https://example.org"}, {"type": "bold", "text": "now"}, " ok?"]""")));

        // chat-miner joins the runs with " " and would give "look:  https://example.org now  ok?".
        Assert.Equal("look: https://example.orgnow ok?", Assert.Single(chat.Messages).Text);
    }

    [Fact]
    public void Reads_date_unixtime_as_a_utc_instant()
    {
        var message = Assert.Single(Parse(Single(Text("\"hi\""))).Messages);

        Assert.Equal("2024-03-14T20:05:17+00:00", message.Timestamp.ToString());
    }

    [Fact]
    public void Reads_a_date_without_date_unixtime_as_naive_local_time()
    {
        var chat = Parse(Single("""{"id": 1, "type": "message", "date": "2019-06-01T18:30:05", "from": "Ana", "text": "old"}"""));

        var message = Assert.Single(chat.Messages);
        Assert.False(message.Timestamp.IsInstant);
        Assert.Equal("2019-06-01T18:30:05", message.Timestamp.ToString());
    }

    [Fact]
    public void Warns_when_naive_and_instant_times_are_mixed()
    {
        var chat = Parse(Single(
            """{"id": 1, "type": "message", "date": "2019-06-01T18:30:05", "from": "Ana", "text": "old"}""",
            Text("\"new\"")));

        Assert.True(chat.Reported(DiagnosticSeverity.Warning, "1 message(s) have only a local 'date'"));
    }

    [Fact]
    public void Makes_service_messages_system_messages_without_a_sender_naming_the_actor_in_the_text()
    {
        var chat = Parse(Single("""
            {"id": 3674, "type": "service", "date": "2023-08-10T23:11:02", "date_unixtime": "1691719862",
             "actor": "Alice", "actor_id": "user3", "action": "phone_call", "duration_seconds": 56, "discard_reason": "hangup",
             "text": "", "text_entities": []}
            """));

        var message = Assert.Single(chat.Messages);
        Assert.Equal(MessageKind.System, message.Kind);
        Assert.Null(message.Sender);
        Assert.Equal("phone_call by Alice (56 s)", message.Text);
    }

    [Theory]
    [InlineData("\"photo\": \"(File not included. Change data exporting settings to download.)\"", "photo")]
    [InlineData("\"photo\": \"photos/photo_1@14-03-2024_21-05-17.jpg\"", "photo_1@14-03-2024_21-05-17.jpg")]
    [InlineData("\"file\": \"(File not included. Change data exporting settings to download.)\", \"media_type\": \"sticker\", \"sticker_emoji\": \"👍\"", "sticker")]
    [InlineData("\"file\": \"voice_messages/audio_1.ogg\", \"media_type\": \"voice_message\"", "audio_1.ogg")]
    [InlineData("\"file\": \"(File not included. Change data exporting settings to download.)\", \"media_type\": \"video_message\"", "video_message")]
    [InlineData("\"file\": \"(File not included. Change data exporting settings to download.)\", \"media_type\": \"animation\"", "animation")]
    [InlineData("\"file\": \"(File not included. Change data exporting settings to download.)\", \"file_name\": \"plan.pdf\"", "plan.pdf")]
    [InlineData("\"location_information\": {\"latitude\": 1.0, \"longitude\": 2.0}", "location")]
    public void Reads_media_as_media_with_the_file_name_or_media_type(string media, string attachment)
    {
        var chat = Parse(Single($$"""{"id": 1, "type": "message", "date_unixtime": "1710446717", "from": "Ana", {{media}}, "text": ""}"""));

        var message = Assert.Single(chat.Messages);
        Assert.Equal(MessageKind.Media, message.Kind);
        Assert.Equal(attachment, message.Attachment);
        Assert.Equal(string.Empty, message.Text);
    }

    [Fact]
    public void Keeps_the_caption_of_a_photo()
    {
        var chat = Parse(Single("""{"id": 1, "type": "message", "date_unixtime": "1710446717", "from": "Ana", "photo": "(File not included.)", "text": "the view"}"""));

        var message = Assert.Single(chat.Messages);
        Assert.Equal((MessageKind.Media, "the view", "photo"), (message.Kind, message.Text, message.Attachment));
    }

    [Fact]
    public void Falls_back_to_from_id_when_from_is_null()
    {
        var chat = Parse(Single("""{"id": 1, "type": "message", "date_unixtime": "1710446717", "from": null, "from_id": "user987654321", "text": "hi"}"""));

        Assert.Equal("user987654321", Assert.Single(chat.Messages).Sender);
    }

    [Fact]
    public void Marks_edited_messages()
    {
        var chat = Parse(Single("""{"id": 1, "type": "message", "date_unixtime": "1710446717", "edited": "2024-03-14T21:06:00", "edited_unixtime": "1710446760", "from": "Ana", "text": "fixed"}"""));

        Assert.True(Assert.Single(chat.Messages).Edited);
    }

    [Fact]
    public void Keeps_a_rich_message_as_a_counted_placeholder_and_continues()
    {
        var chat = Parse(Single(
            """{"id": 1, "type": "message", "date_unixtime": "1710446717", "from": "Ana", "rich_message": {"type": "checklist", "items": ["a"]}}""",
            Text("\"after\"", unix: 1710446800)));

        Assert.Equal(2, chat.Messages.Count);
        Assert.Equal((MessageKind.Media, "rich_message", "Ana"), (chat.Messages[0].Kind, chat.Messages[0].Attachment, chat.Messages[0].Sender));
        Assert.Equal("after", chat.Messages[1].Text);
        Assert.True(chat.Reported(DiagnosticSeverity.Warning, "1 message(s) had no readable text"));
    }

    [Fact]
    public void Reads_invalid_x_escapes_as_control_characters()
    {
        var chat = Parse(Single(Text("\"tab\\x0bhere \\\\x41 stays \\\\\\x1b\"")));

        Assert.Equal("tab\u000bhere \\x41 stays \\\u001b", Assert.Single(chat.Messages).Text);
        Assert.True(chat.Reported(DiagnosticSeverity.Info, "2 invalid \\xHH escape(s)"));
    }

    [Fact]
    public void Truncated_json_is_an_input_format_error_naming_the_byte_offset()
    {
        var json = Single(Text("\"one\""), Text("\"two\""));
        var cut = json[..(json.Length - 20)];

        var error = Assert.Throws<InputFormatException>(() => Parse(cut));

        Assert.Contains($"at byte {cut.Length}", error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Position);
    }

    [Fact]
    public void Invalid_json_names_the_byte_offset_of_the_problem()
    {
        const string json = "{\"messages\": [\n{\"type\": \"message\", \"date_unixtime\": \"1\", \"from\": \"a\", \"text\": \"x\"} {\"b\": 1}]}";

        var error = Assert.Throws<InputFormatException>(() => Parse(json));

        Assert.Contains($"at byte {json.IndexOf("} {", StringComparison.Ordinal) + 2}", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Position);
    }

    [Fact]
    public void A_json_file_without_messages_or_chats_is_not_a_telegram_export()
    {
        var error = Assert.Throws<InputFormatException>(() => Parse("{\"guild\": {}, \"channel\": {}}"));

        Assert.Contains("neither \"messages\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_message_larger_than_the_read_window()
    {
        var big = new string('a', 300_000);

        var chat = Parse(Single(Text("\"one\""), Text($"\"{big}\"", unix: 1710446800), Text("\"three\"", unix: 1710446900)));

        Assert.Equal(["one", big, "three"], chat.Texts);
    }

    [Fact]
    public void Skips_a_byte_order_mark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(Single(Text("\"hi\"")))).ToArray();

        var chat = ParsedChat.Read(Parser, ChatInput.FromBytes("bom.json", bytes));

        Assert.Equal(["hi"], chat.Texts);
    }

    [Fact]
    public void Records_the_line_each_message_starts_on()
    {
        var chat = Parse(Single(Text("\"one\""), Text("\"two\"", unix: 1710446800)));

        Assert.Equal([1, 2], chat.Messages.Select(m => m.Line));
    }

    [Fact]
    public void Leaves_chat_null_in_a_single_chat_export()
    {
        Assert.Null(Assert.Single(Parse(Single(Text("\"hi\""))).Messages).Chat);
    }
}
