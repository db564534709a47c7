using System.Globalization;
using System.Text.Json;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.Messenger;

/// <summary>
/// Turns one element of a <c>messages</c> array into a normalised message (docs/formats.md#messenger).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>timestamp_ms</c> is epoch milliseconds UTC: an instant at +00:00.</item>
/// <item>Every string is repaired (<see cref="MessengerMojibake"/>).</item>
/// <item><c>is_unsent</c>: <see cref="MessageKind.Deleted"/> with no text (the export's "X unsent a
/// message" is the app's sentence, not the sender's words).</item>
/// <item><c>call_duration</c>, or the old <c>type</c> <c>Call</c>, <c>Subscribe</c>, <c>Unsubscribe</c>:
/// <see cref="MessageKind.System"/> with no sender; the export's English <c>content</c> is the text.</item>
/// <item><c>photos</c>, <c>videos</c>, <c>gifs</c>, <c>audio_files</c>, <c>files</c>, <c>sticker</c>,
/// <c>share</c>: <see cref="MessageKind.Media"/> with <c>content</c> as the caption.</item>
/// <item><c>reactions</c> are not messages, and neither are Instagram's reaction notices
/// (<see cref="MessengerReactionNotices"/>), which are dropped and counted.</item>
/// </list>
/// </remarks>
internal sealed class MessengerMessageMapper(string source, DiagnosticBag diagnostics)
{
    private static readonly string[] MediaArrays = ["photos", "videos", "gifs", "audio_files", "files"];

    private readonly MessengerSkips _skips = new(source, diagnostics);
    private int _notices;
    private int _empty;

    /// <summary>Elements that carried <c>sender_name</c> or <c>timestamp_ms</c>: zero over a non-empty array means the file is something else.</summary>
    public int Recognised { get; private set; }

    /// <summary>The message (its <see cref="Message.Index"/> is set by the caller), or null when it is skipped or not a message.</summary>
    public Message? Map(JsonElement element, int line, string file)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            _skips.Skip(file, line, "message is not a JSON object; skipped", element.GetRawText());
            return null;
        }

        if (!element.TryGetProperty("sender_name", out _) && !element.TryGetProperty("timestamp_ms", out _)
            && (element.TryGetProperty("senderName", out _) || element.TryGetProperty("timestamp", out _)))
        {
            throw MessengerParser.Encrypted(file);
        }

        Recognised += element.TryGetProperty("sender_name", out _) || element.TryGetProperty("timestamp_ms", out _) ? 1 : 0;
        if (MessengerJson.Integer(element, "timestamp_ms") is not { } ms || ms is < -62135596800000 or > 253402300799999)
        {
            _skips.Skip(file, line, "message has no readable timestamp_ms; skipped", element.GetRawText());
            return null;
        }

        var time = ChatTime.Instant(DateTimeOffset.FromUnixTimeMilliseconds(ms));
        var sender = MessengerJson.String(element, "sender_name");
        var content = MessengerJson.String(element, "content")?.Replace("\r\n", "\n", StringComparison.Ordinal) ?? string.Empty;
        var type = MessengerJson.String(element, "type");
        if (type is "Call" or "Subscribe" or "Unsubscribe" || MessengerJson.Present(element, "call_duration"))
        {
            return new Message(0, time, null, content.Length > 0 ? content : SystemText(element, type, sender), MessageKind.System) { Line = line };
        }

        var attachment = Attachment(element);
        if (attachment is null && MessengerReactionNotices.IsNotice(content))
        {
            _notices++;
            return null;
        }

        if (sender is null)
        {
            _skips.Skip(file, line, "message has no sender_name; skipped", element.GetRawText());
            return null;
        }

        if (MessengerJson.True(element, "is_unsent"))
        {
            return new Message(0, time, sender, string.Empty, MessageKind.Deleted) { Line = line };
        }

        if (attachment is not null)
        {
            return new Message(0, time, sender, content, MessageKind.Media) { Line = line, Attachment = attachment };
        }

        _empty += content.Length == 0 ? 1 : 0;
        return new Message(0, time, sender, content, MessageKind.Text) { Line = line };
    }

    /// <summary>Adds the counts gathered over the input to the diagnostics.</summary>
    public void Report()
    {
        _skips.Report();
        if (_notices > 0)
        {
            diagnostics.Info(source, null,
                $"{_notices} reaction notice(s) (\"Liked a message\", \"Reacted … to your message\") are reactions, not messages; left out");
        }

        if (_empty > 0)
        {
            diagnostics.Info(source, null, $"{_empty} message(s) had no content, media or share (a poll, a story reply…); kept as empty text");
        }
    }

    /// <summary>The first media file's name, "sticker", or the shared link; null for a message without media.</summary>
    private static string? Attachment(JsonElement element)
    {
        foreach (var array in MediaArrays)
        {
            if (MessengerJson.First(element, array) is { } media)
            {
                return MessengerJson.String(media, "uri") is { } uri && uri[(uri.LastIndexOf('/') + 1)..] is { Length: > 0 } name ? name : array;
            }
        }

        if (MessengerJson.Present(element, "sticker"))
        {
            return "sticker";
        }

        if (element.TryGetProperty("share", out var share) && share.ValueKind == JsonValueKind.Object)
        {
            return MessengerJson.String(share, "link") ?? "share";
        }

        return null;
    }

    private static string SystemText(JsonElement element, string? type, string? sender)
    {
        var who = sender ?? "someone";
        if (type is "Subscribe" or "Unsubscribe")
        {
            return $"{type} by {who}";
        }

        return MessengerJson.True(element, "missed")
            ? $"{who} missed a call"
            : $"{who} called ({(MessengerJson.Integer(element, "call_duration") ?? 0).ToString(CultureInfo.InvariantCulture)} s)";
    }
}
