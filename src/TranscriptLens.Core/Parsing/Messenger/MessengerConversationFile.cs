using System.Text.Json;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.Messenger;

/// <summary>
/// Reads one <c>message_N.json</c> into its messages, oldest first. The file lists them newest
/// first and the ordering stage only sorts within a bounded window, so the file is buffered and
/// reversed here: Facebook splits a thread at about 10,000 messages per file, so this holds one
/// file's messages (a few MB), never a whole history.
/// </summary>
internal static class MessengerConversationFile
{
    /// <summary>The file's messages, oldest first (indexes not yet set), and its title.</summary>
    public static (List<Message> Messages, string? Title, string? ThreadPath) Read(Stream stream, string file, MessengerMessageMapper mapper, DiagnosticBag diagnostics)
    {
        var walker = new MessengerFileWalker(new JsonStreamCursor(stream, file), file);
        var messages = new List<Message>();
        var first = true;
        foreach (var entry in walker.Walk())
        {
            var recognised = mapper.Recognised;
            if (mapper.Map(entry.Element, entry.Line, file) is { } message)
            {
                messages.Add(message);
            }

            if (first && entry.Element.ValueKind == JsonValueKind.Object && mapper.Recognised == recognised)
            {
                // Facebook and Instagram write both keys on every message: a first message with
                // neither is a Telegram or Discord file forced with --format messenger, refused
                // before the rest of it is read, not reported as damage.
                throw new InputFormatException(file, "not a Messenger or Instagram export: its first message has no \"sender_name\" or \"timestamp_ms\"", entry.Line);
            }

            first &= entry.Element.ValueKind != JsonValueKind.Object;
        }

        if (walker.Scalars > 0)
        {
            diagnostics.Warn(file, null, $"{walker.Scalars} element(s) of the messages array were not objects; skipped",
                kind: DiagnosticKind.Skipped, occurrences: walker.Scalars);
        }

        messages.Reverse();
        return (messages, walker.Title, walker.ThreadPath);
    }

    /// <summary>Only the title of a file (the messages are skipped token by token, not parsed).</summary>
    public static string? Title(Stream stream, string file)
    {
        var walker = new MessengerFileWalker(new JsonStreamCursor(stream, file), file);
        foreach (var unused in walker.Walk(messages: false))
        {
        }

        return walker.Title;
    }
}
