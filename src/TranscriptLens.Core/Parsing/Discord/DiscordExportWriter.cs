using System.Globalization;
using System.Text.Json;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Output;

namespace TranscriptLens.Core.Parsing.Discord;

/// <summary>
/// Writes messages as a DiscordChatExporter JSON export of a DM (<c>DirectTextChat</c>): timestamps
/// with milliseconds and offset (naive times taken as UTC), one snowflake-like id per sender, media
/// as one attachment, edits as <c>timestampEdited</c>. System messages are left out (the exporter
/// would need a type and an author for them). For benchmarks of the Discord parser on histories of
/// any size and for the round-trip tests.
/// </summary>
public static class DiscordExportWriter
{
    private const long FirstMessageId = 1200000000000000001;
    private const long FirstAuthorId = 3000000000000000001;

    /// <summary>Writes the export to <paramref name="output"/> (UTF-8).</summary>
    public static void Write(IEnumerable<Message> messages, string channelName, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = MinimalJsonEncoder.Instance });
        json.WriteStartObject();
        json.WriteStartObject("guild");
        json.WriteString("id", "0");
        json.WriteString("name", "Direct Messages");
        json.WriteEndObject();
        json.WriteStartObject("channel");
        json.WriteString("id", "1100000000000000001");
        json.WriteString("type", "DirectTextChat");
        json.WriteNull("categoryId");
        json.WriteNull("category");
        json.WriteString("name", channelName);
        json.WriteNull("topic");
        json.WriteEndObject();
        json.WriteStartArray("messages");
        var authors = new Dictionary<string, long>(StringComparer.Ordinal);
        var count = 0;
        foreach (var message in messages)
        {
            if (message.Sender is null)
            {
                continue;
            }

            WriteMessage(json, message, FirstMessageId + count, Author(authors, message.Sender));
            count++;
            if (json.BytesPending > 1 << 16)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteNumber("messageCount", count);
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, Message message, long id, long authorId)
    {
        var time = new DateTimeOffset(message.Timestamp.Clock, message.Timestamp.Offset ?? TimeSpan.Zero)
            .ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
        json.WriteStartObject();
        json.WriteString("id", id.ToString(CultureInfo.InvariantCulture));
        json.WriteString("type", "Default");
        json.WriteString("timestamp", time);
        if (message.Edited)
        {
            json.WriteString("timestampEdited", time);
        }
        else
        {
            json.WriteNull("timestampEdited");
        }

        json.WriteBoolean("isPinned", false);
        json.WriteString("content", message.Text);
        json.WriteStartObject("author");
        json.WriteString("id", authorId.ToString(CultureInfo.InvariantCulture));
        json.WriteString("name", message.Sender);
        json.WriteString("discriminator", "0000");
        json.WriteString("nickname", message.Sender);
        json.WriteBoolean("isBot", false);
        json.WriteEndObject();
        json.WriteStartArray("attachments");
        if (message.Kind == MessageKind.Media)
        {
            json.WriteStartObject();
            json.WriteString("id", id.ToString(CultureInfo.InvariantCulture));
            json.WriteString("fileName", message.Attachment ?? "image.png");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("reactions");
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static long Author(Dictionary<string, long> authors, string sender)
    {
        if (!authors.TryGetValue(sender, out var id))
        {
            id = FirstAuthorId + authors.Count;
            authors.Add(sender, id);
        }

        return id;
    }
}
