using System.Globalization;
using System.Text.Json;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Output;

namespace TranscriptLens.Core.Parsing.Telegram;

/// <summary>
/// Writes messages as a Telegram Desktop single-chat export (<c>result.json</c>, <c>personal_chat</c>):
/// <c>date</c> and <c>date_unixtime</c> (naive times taken as UTC), <c>from</c>/<c>from_id</c>, the text as
/// a string with one plain entity, media as a photo the export left out. For benchmarks of the
/// Telegram parser on histories of any size.
/// </summary>
public static class TelegramExportWriter
{
    /// <summary>Writes the export to <paramref name="output"/> (UTF-8).</summary>
    public static void Write(IEnumerable<Message> messages, string chatName, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = MinimalJsonEncoder.Instance });
        json.WriteStartObject();
        json.WriteString("name", chatName);
        json.WriteString("type", "personal_chat");
        json.WriteNumber("id", 4815162342);
        json.WriteStartArray("messages");
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var id = 1;
        foreach (var message in messages)
        {
            if (message.Sender is null)
            {
                continue;
            }

            var clock = message.Timestamp.Clock;
            var unix = new DateTimeOffset(clock, message.Timestamp.Offset ?? TimeSpan.Zero).ToUnixTimeSeconds();
            json.WriteStartObject();
            json.WriteNumber("id", id++);
            json.WriteString("type", "message");
            json.WriteString("date", clock.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
            json.WriteString("date_unixtime", unix.ToString(CultureInfo.InvariantCulture));
            json.WriteString("from", message.Sender);
            json.WriteString("from_id", $"user{UserId(ids, message.Sender)}");
            if (message.Kind == MessageKind.Media)
            {
                json.WriteString("photo", "(File not included. Change data exporting settings to download.)");
            }

            json.WriteString("text", message.Text);
            json.WriteStartArray("text_entities");
            if (message.Text.Length > 0)
            {
                json.WriteStartObject();
                json.WriteString("type", "plain");
                json.WriteString("text", message.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            if (json.BytesPending > 1 << 16)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static int UserId(Dictionary<string, int> ids, string sender)
    {
        if (!ids.TryGetValue(sender, out var userId))
        {
            userId = 1000 + ids.Count;
            ids.Add(sender, userId);
        }

        return userId;
    }
}
