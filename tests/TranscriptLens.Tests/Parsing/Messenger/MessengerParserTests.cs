using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing.Messenger;

namespace TranscriptLens.Tests.Parsing.Messenger;

/// <summary>Small inline files for the cases the golden fixtures do not show.</summary>
public sealed class MessengerParserTests
{
    private static readonly MessengerParser Parser = new();

    private static ParsedChat Read(params string[] newestFirst) =>
        ParsedChat.FromText(Parser, "message_1.json",
            "{\"participants\": [{\"name\": \"Ana\"}, {\"name\": \"Bo\"}],\n\"messages\": [\n" + string.Join(",\n", newestFirst) + "\n],\n\"title\": \"Bo\"}");

    [Fact]
    public void Old_subscribe_unsubscribe_and_call_types_are_system_messages_without_sender()
    {
        var chat = Read(
            "{\"sender_name\": \"Bo\", \"timestamp_ms\": 1400000300000, \"type\": \"Call\", \"call_duration\": 0, \"missed\": true}",
            "{\"sender_name\": \"Bo\", \"timestamp_ms\": 1400000200000, \"type\": \"Unsubscribe\", \"users\": [{\"name\": \"Cy\"}]}",
            "{\"sender_name\": \"Ana\", \"timestamp_ms\": 1400000100000, \"content\": \"Ana added Cy to the group.\", \"type\": \"Subscribe\"}",
            "{\"sender_name\": \"Ana\", \"timestamp_ms\": 1400000000000, \"content\": \"hi\", \"type\": \"Generic\"}");

        Assert.Equal(
            [(MessageKind.Text, "Ana", "hi"), (MessageKind.System, null, "Ana added Cy to the group."), (MessageKind.System, null, "Unsubscribe by Bo"), (MessageKind.System, null, "Bo missed a call")],
            chat.Messages.Select(m => (m.Kind, m.Sender, m.Text)));
    }

    [Fact]
    public void Elements_that_are_not_message_objects_are_skipped_and_reading_goes_on()
    {
        var chat = Read(
            "{\"sender_name\": \"Bo\", \"timestamp_ms\": 1400000100000, \"content\": \"still here\"}",
            "42",
            "{\"timestamp_ms\": 1400000050000, \"content\": \"who wrote this\"}",
            "{\"sender_name\": \"Ana\", \"timestamp_ms\": 1400000000000, \"content\": \"hi\"}");

        Assert.Equal(["hi", "still here"], chat.Texts);
        Assert.True(chat.Reported(DiagnosticSeverity.Warning, "1 element(s) of the messages array were not objects"));
        Assert.Equal(5, Assert.Single(chat.Diagnostics.Items, d => d.Message.StartsWith("message has no sender_name", StringComparison.Ordinal)).Line);
    }

    [Fact]
    public void An_encrypted_export_message_is_refused_even_when_the_head_does_not_show_it()
    {
        var error = Assert.Throws<InputFormatException>(() =>
            Read("{\"senderName\": \"Bo\", \"timestamp\": 1710446860000, \"text\": \"ça va\", \"type\": \"text\"}"));

        Assert.Contains("end-to-end-encrypted Messenger export", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_an_input_error()
    {
        var error = Assert.Throws<InputFormatException>(() => ParsedChat.FromText(Parser, "message_1.json", string.Empty));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }
}
