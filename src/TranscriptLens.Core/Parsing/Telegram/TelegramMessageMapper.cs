using System.Text.Json;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.Telegram;

/// <summary>
/// Turns one export message object into a normalised message and counts what it could not read.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>"type": "service"</c> (calls, joins, pins): <see cref="MessageKind.System"/> with no
/// sender; the actor is named in the text (<see cref="TelegramServiceText"/>).</item>
/// <item>Sender: <c>from</c>, or <c>from_id</c> when <c>from</c> is null (a deleted account).</item>
/// <item>Media (<see cref="TelegramMedia"/>): <see cref="MessageKind.Media"/> with the caption as text.</item>
/// <item>Text unavailable: a message with no <c>text</c>/<c>text_entities</c> (<c>rich_message</c>,
/// issue mlomb/chat-analytics#142), an <c>unsupported</c> one, or one with neither text nor media
/// is kept as a media placeholder by its sender (it is still a turn) and counted in a warning.</item>
/// </list>
/// </remarks>
internal sealed class TelegramMessageMapper(string source, DiagnosticBag diagnostics)
{
    private const int DetailedWarnings = 5;

    private int _position;
    private int _unavailable;
    private int? _firstUnavailableLine;
    private int _naive;
    private int _instant;
    private int _undated;

    /// <summary>The message, or null when it has no usable date (reported).</summary>
    public Message? Map(TelegramEntry entry)
    {
        var element = entry.Element;
        if (!TelegramTime.TryRead(element, out var time))
        {
            if (++_undated <= DetailedWarnings)
            {
                diagnostics.Warn(source, entry.Line, "message has no usable date_unixtime or date; skipped", Raw(element), DiagnosticKind.Skipped);
            }

            return null;
        }

        if (time.IsInstant)
        {
            _instant++;
        }
        else
        {
            _naive++;
        }

        var type = String(element, "type") ?? "message";
        var edited = Present(element, "edited") || Present(element, "edited_unixtime");
        var message = type == "service"
            ? new Message(_position, time, null, TelegramServiceText.Describe(element), MessageKind.System)
            : Authored(element, type, time, entry.Line);
        _position++;
        return message with { Line = entry.Line, Chat = entry.Chat, Edited = edited };
    }

    /// <summary>Adds the counts gathered over the file to the diagnostics.</summary>
    public void Report()
    {
        if (_unavailable > 0)
        {
            diagnostics.Warn(source, _firstUnavailableLine,
                $"{_unavailable} message(s) had no readable text (rich_message, unsupported or unknown content); "
                + "kept as media placeholders by their senders", kind: DiagnosticKind.Repaired, occurrences: _unavailable);
        }

        if (_undated > DetailedWarnings)
        {
            diagnostics.Warn(source, null, $"{_undated} message(s) in all had no usable date and were skipped",
                kind: DiagnosticKind.Skipped, occurrences: _undated - DetailedWarnings);
        }

        if (_naive > 0 && _instant > 0)
        {
            diagnostics.Warn(source, null,
                $"{_naive} message(s) have only a local 'date' (no 'date_unixtime') and stay naive local time, "
                + $"while {_instant} are UTC instants: gaps between the two kinds are off by the exporting computer's UTC offset "
                + "(pass --timezone with that computer's zone to align them)", kind: DiagnosticKind.Assumption);
        }
    }

    private Message Authored(JsonElement element, string type, ChatTime time, int line)
    {
        var sender = String(element, "from") ?? Id(element, "from_id") ?? String(element, "author") ?? "unknown";
        var text = TelegramText.Read(element);
        var attachment = TelegramMedia.Attachment(element);
        if (type != "message" || text is null || (text.Length == 0 && attachment is null))
        {
            _unavailable++;
            _firstUnavailableLine ??= line;
            var what = type != "message" ? type : Present(element, "rich_message") ? "rich_message" : attachment;
            return new Message(_position, time, sender, text ?? string.Empty, MessageKind.Media) { Attachment = what };
        }

        var kind = attachment is null ? MessageKind.Text : MessageKind.Media;
        return new Message(_position, time, sender, text, kind) { Attachment = attachment };
    }

    private static bool Present(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null;

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s
            : null;

    private static string? Id(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetRawText() : String(element, property);

    private static string Raw(JsonElement element) => element.GetRawText().ReplaceLineEndings(" ");
}
