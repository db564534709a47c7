using System.Globalization;
using System.Text;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.Messenger;

/// <summary>
/// Writes messages as one Facebook <c>message_1.json</c>: newest first, every string mojibaked as
/// Facebook writes it (each UTF-8 byte a <c>\u00XX</c> escape), media as a photo with the caption as
/// content, deleted messages as <c>is_unsent</c>, naive times taken as UTC. System messages are left
/// out. Facebook would split a history into files of about 10,000 messages; this writes one file of
/// any size, so the messages are held in memory to be written in reverse (for benchmarks and the
/// round-trip tests).
/// </summary>
public static class MessengerExportWriter
{
    /// <summary>Writes the export to <paramref name="output"/> (ASCII, which is UTF-8).</summary>
    public static void Write(IEnumerable<Message> messages, IReadOnlyList<string> participants, string title, Stream output)
    {
        var newestFirst = messages.Where(m => m.Sender is not null).Reverse();
        var folder = "inbox/" + string.Concat(title.Where(char.IsAsciiLetterOrDigit)).ToLowerInvariant() + "_1000000000000000";
        using var json = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        json.WriteLine("{");
        json.WriteLine("  \"participants\": [");
        for (var i = 0; i < participants.Count; i++)
        {
            json.Write("    {\"name\": ");
            WriteString(json, participants[i]);
            json.WriteLine(i < participants.Count - 1 ? "}," : "}");
        }

        json.WriteLine("  ],");
        json.WriteLine("  \"messages\": [");
        var first = true;
        foreach (var message in newestFirst)
        {
            if (!first)
            {
                json.WriteLine(",");
            }

            first = false;
            WriteMessage(json, message, folder);
        }

        json.WriteLine();
        json.WriteLine("  ],");
        json.Write("  \"title\": ");
        WriteString(json, title);
        json.WriteLine(",");
        json.WriteLine("  \"is_still_participant\": true,");
        json.WriteLine($"  \"thread_path\": \"{folder}\",");
        json.WriteLine("  \"magic_words\": []");
        json.WriteLine("}");
    }

    private static void WriteMessage(StreamWriter json, Message message, string folder)
    {
        var ms = new DateTimeOffset(message.Timestamp.Clock, message.Timestamp.Offset ?? TimeSpan.Zero).ToUnixTimeMilliseconds();
        json.Write("    {\"sender_name\": ");
        WriteString(json, message.Sender!);
        json.Write(", \"timestamp_ms\": ");
        json.Write(ms.ToString(CultureInfo.InvariantCulture));
        if (message.Kind == MessageKind.Deleted)
        {
            json.Write(", \"content\": ");
            WriteString(json, $"{message.Sender} unsent a message");
            json.Write(", \"is_unsent\": true");
        }
        else if (message.Text.Length > 0)
        {
            json.Write(", \"content\": ");
            WriteString(json, message.Text);
        }

        if (message.Kind == MessageKind.Media)
        {
            json.Write(", \"photos\": [{\"uri\": ");
            WriteString(json, $"your_facebook_activity/messages/{folder}/photos/{message.Attachment ?? "photo.jpg"}");
            json.Write($", \"creation_timestamp\": {(ms / 1000).ToString(CultureInfo.InvariantCulture)}}}]");
        }

        json.Write(", \"is_geoblocked_for_viewer\": false}");
    }

    /// <summary>A JSON string of the text's UTF-8 bytes, each byte above ASCII (and each control byte) escaped as <c>\u00XX</c>.</summary>
    internal static void WriteString(TextWriter json, string text)
    {
        json.Write('"');
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            switch (b)
            {
                case (byte)'"':
                    json.Write("\\\"");
                    break;
                case (byte)'\\':
                    json.Write("\\\\");
                    break;
                case < 0x20 or >= 0x7F:
                    json.Write("\\u00");
                    json.Write(b.ToString("x2", CultureInfo.InvariantCulture));
                    break;
                default:
                    json.Write((char)b);
                    break;
            }
        }

        json.Write('"');
    }
}
