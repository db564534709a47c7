using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.Telegram;

/// <summary>
/// Telegram Desktop "Machine-readable JSON" export (<c>result.json</c>, docs/formats.md#telegram): a single chat
/// (<c>messages</c> at the root) or a full-account export (<c>chats.list[]</c>), read as a stream
/// (exports of big groups are hundreds of MB): the file goes through
/// <see cref="TelegramEscapeRepairStream"/> (the exporter's invalid <c>\xHH</c> escapes) into a
/// <see cref="JsonStreamCursor"/>, and only one message at a time is a <see cref="System.Text.Json.JsonDocument"/>.
/// </summary>
/// <remarks>
/// In a full export every message carries <see cref="Message.Chat"/> (the chat's name;
/// <see cref="TelegramChatName"/> names the nameless ones) and <see cref="ParseOptions.Chat"/>
/// keeps one chat (case-insensitive). A single-chat export leaves <see cref="Message.Chat"/> null.
/// Invalid or truncated JSON is an <see cref="InputFormatException"/> (exit 3) naming the byte
/// offset and line: the file is not what Telegram wrote, and a chat cut off at an unknown point
/// would silently misstate who wrote last.
/// </remarks>
public sealed class TelegramParser : IChatParser
{
    private const int ListedChats = 20;

    /// <inheritdoc />
    public string Name => "telegram";

    /// <inheritdoc />
    public string Description => "Telegram Desktop JSON export (result.json): one chat, or a full export (--chat picks one)";

    /// <inheritdoc />
    public IEnumerable<Message> Parse(ChatInput input, ParseOptions options, DiagnosticBag diagnostics)
    {
        var wanted = string.IsNullOrWhiteSpace(options.Chat) ? null : options.Chat.Trim();
        using var stream = new TelegramEscapeRepairStream(OpenNonEmpty(input));
        // Each rewritten \xHH escape makes the stream two bytes longer than the file.
        var cursor = new JsonStreamCursor(stream, input.Name, () => 2 * stream.Repairs);
        var walker = new TelegramExportWalker(cursor, input.Name,
            name => wanted is null || string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase));
        var mapper = new TelegramMessageMapper(input.Name, diagnostics);
        foreach (var entry in walker.Walk())
        {
            if (mapper.Map(entry) is { } message)
            {
                yield return message;
            }
        }

        if (wanted is not null && !walker.MatchedAny)
        {
            throw new UsageException($"--chat {wanted}: no such chat in {input.Name}; chats: {List(walker.Chats)}");
        }

        if (wanted is null && walker.Chats.Count > 1)
        {
            diagnostics.Info(input.Name, null, $"{walker.Chats.Count} chats: {List(walker.Chats)} (use --chat to read one)");
        }

        if (stream.Repairs > 0)
        {
            diagnostics.Info(input.Name, null,
                $"{stream.Repairs} invalid \\xHH escape(s) written by Telegram Desktop were read as \\u00HH (control characters)");
        }

        mapper.Report();
    }

    private static Stream OpenNonEmpty(ChatInput input)
    {
        var stream = input.Open();
        if (stream.CanSeek && stream.Length == 0)
        {
            stream.Dispose();
            throw new InputFormatException(input.Name, "the file is empty; expected a Telegram Desktop JSON export (result.json)");
        }

        return stream;
    }

    private static string List(IReadOnlyList<string> chats)
    {
        var shown = string.Join(", ", chats.Take(ListedChats));
        return chats.Count > ListedChats ? $"{shown}, ... and {chats.Count - ListedChats} more" : shown;
    }
}
