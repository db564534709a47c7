using System.Text.Json;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.Discord;

/// <summary>
/// Turns one element of a DiscordChatExporter <c>messages</c> array into a normalised message.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>timestamp</c> carries the exporter's offset (or <c>+00:00</c> with <c>--utc</c>): an instant.</item>
/// <item>Types other than <c>Default</c>/<c>Reply</c> (<see cref="DiscordMessageTypes"/>):
/// <see cref="MessageKind.System"/> with no sender; the exporter's English <c>content</c> is the text.</item>
/// <item>Attachments: <see cref="MessageKind.Media"/>, the first file name as the attachment, the
/// content as caption. A sticker with no text is media too; with text it is a text message.</item>
/// <item>A forwarded message has empty <c>content</c>: its <c>forwardedMessage</c>'s content and
/// attachments are read instead.</item>
/// <item>Reactions are not messages and are ignored; a reply is an ordinary message (the model has
/// no reply link); <c>timestampEdited</c> marks it edited.</item>
/// </list>
/// </remarks>
internal sealed class DiscordMessageMapper(string source, DiagnosticBag diagnostics)
{
    private readonly DiscordSkips _skips = new(source, diagnostics, "message");
    private int _position;
    private int _empty;
    private int? _firstEmptyLine;
    private int _naive;

    /// <summary>The message, or null when it cannot be read (reported).</summary>
    public Message? Map(JsonElement element, int line)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            _skips.Skip(line, "message is not a JSON object; skipped", element.GetRawText());
            return null;
        }

        if (DiscordJson.String(element, "timestamp") is not { } stamp || !IsoTimestamp.TryParse(stamp, out var time))
        {
            _skips.Skip(line, "message has no readable timestamp; skipped", element.GetRawText());
            return null;
        }

        _naive += time.IsInstant ? 0 : 1;
        var type = DiscordJson.String(element, "type");
        var author = DiscordAuthor.DisplayName(element);
        var text = Content(element);
        var edited = DiscordJson.Present(element, "timestampEdited");
        Message message;
        if (!DiscordMessageTypes.IsUserMessage(type))
        {
            message = new Message(_position, time, null, text.Length > 0 ? text : $"{type} by {author ?? "unknown"}", MessageKind.System);
        }
        else if (author is null)
        {
            _skips.Skip(line, "message has no author; skipped", element.GetRawText());
            return null;
        }
        else
        {
            message = Authored(element, time, author, text, line);
        }

        _position++;
        return message with { Line = line, Edited = edited };
    }

    /// <summary>Adds the counts gathered over the file to the diagnostics.</summary>
    public void Report()
    {
        _skips.Report();
        if (_empty > 0)
        {
            diagnostics.Info(source, _firstEmptyLine,
                $"{_empty} message(s) had no text, attachment or sticker (embeds only, e.g. a link preview or a bot card); kept as empty text");
        }

        if (_naive > 0)
        {
            diagnostics.Warn(source, null,
                $"{_naive} timestamp(s) had no UTC offset (DiscordChatExporter always writes one; the file was edited) and stay naive local time",
                kind: DiagnosticKind.Assumption);
        }
    }

    private Message Authored(JsonElement element, ChatTime time, string author, string text, int line)
    {
        var forwarded = text.Length == 0 && element.TryGetProperty("forwardedMessage", out var f) && f.ValueKind == JsonValueKind.Object
            ? f
            : (JsonElement?)null;
        if (forwarded is { } original)
        {
            text = Content(original);
        }

        if ((DiscordAttachment.First(element) ?? (forwarded is { } o ? DiscordAttachment.First(o) : null)) is { } file)
        {
            return new Message(_position, time, author, text, MessageKind.Media) { Attachment = file };
        }

        if (text.Length == 0 && DiscordAttachment.Sticker(element) is { } sticker)
        {
            return new Message(_position, time, author, text, MessageKind.Media) { Attachment = sticker };
        }

        if (text.Length == 0)
        {
            _empty++;
            _firstEmptyLine ??= line;
        }

        return new Message(_position, time, author, text, MessageKind.Text);
    }

    // Discord stores LF; a file saved through a Windows editor may have CRLF.
    private static string Content(JsonElement element) =>
        (DiscordJson.String(element, "content") ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal);
}
