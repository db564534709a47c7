using System.Text.Json;
using TranscriptLens.Core.Diagnostics;

namespace TranscriptLens.Core.Parsing.Telegram;

/// <summary>
/// Finds the messages in a Telegram Desktop export without loading it: a single-chat export has
/// <c>messages</c> at the root; a full-account export has <c>chats.list[]</c> (and
/// <c>left_chats.list[]</c>, chats the user has left, read the same way), one chat per element with
/// its <c>name</c>, <c>type</c> and <c>id</c> before its <c>messages</c>. Everything else
/// (contacts, sessions, profile pictures) is skipped token by token.
/// </summary>
internal sealed class TelegramExportWalker(JsonStreamCursor cursor, string source, Func<string, bool> wanted)
{
    private readonly List<string> _chats = [];
    private bool _found;

    /// <summary>Every chat name seen, in file order (for listings).</summary>
    public IReadOnlyList<string> Chats => _chats;

    /// <summary>True when at least one chat's messages were read.</summary>
    public bool MatchedAny { get; private set; }

    /// <summary>The messages of the wanted chats, in file order.</summary>
    public IEnumerable<TelegramEntry> Walk()
    {
        if (!cursor.Read() || cursor.TokenType != JsonTokenType.StartObject)
        {
            throw new InputFormatException(source, "not a Telegram Desktop export: the file is not a JSON object");
        }

        foreach (var entry in ChatObject(root: true))
        {
            yield return entry;
        }

        if (!_found)
        {
            throw new InputFormatException(source,
                "not a Telegram Desktop export: it has neither \"messages\" (single chat) nor \"chats\" (full export)");
        }
    }

    private IEnumerable<TelegramEntry> ChatSection()
    {
        if (!cursor.Read() || cursor.TokenType != JsonTokenType.StartObject)
        {
            cursor.SkipCurrent();
            yield break;
        }

        while (cursor.NextProperty() is { } property)
        {
            if (property != "list")
            {
                cursor.SkipValue();
                continue;
            }

            if (!cursor.Read() || cursor.TokenType != JsonTokenType.StartArray)
            {
                cursor.SkipCurrent();
                continue;
            }

            while (cursor.Read() && cursor.TokenType != JsonTokenType.EndArray)
            {
                if (cursor.TokenType != JsonTokenType.StartObject)
                {
                    cursor.SkipCurrent();
                    continue;
                }

                foreach (var entry in ChatObject(root: false))
                {
                    yield return entry;
                }
            }
        }
    }

    /// <summary>
    /// One chat object: the export's root (a single-chat export, or a full export whose
    /// <c>chats</c> and <c>left_chats</c> sections hold the others) or an element of a <c>list</c>.
    /// Its <c>name</c>, <c>type</c> and <c>id</c> come before its <c>messages</c> in every export.
    /// </summary>
    private IEnumerable<TelegramEntry> ChatObject(bool root)
    {
        string? name = null, type = null, id = null;
        while (cursor.NextProperty() is { } property)
        {
            switch (property)
            {
                case "name":
                    name = cursor.ReadScalar();
                    break;
                case "type":
                    type = cursor.ReadScalar();
                    break;
                case "id":
                    id = cursor.ReadScalar();
                    break;
                case "messages":
                    _found = true;
                    var chat = TelegramChatName.For(name, type, id, root ? 1 : _chats.Count + 1);
                    _chats.Add(chat);
                    foreach (var entry in Messages(chat, root ? null : chat))
                    {
                        yield return entry;
                    }

                    break;
                case "chats" or "left_chats" when root:
                    _found = true;
                    foreach (var entry in ChatSection())
                    {
                        yield return entry;
                    }

                    break;
                default:
                    cursor.SkipValue();
                    break;
            }
        }
    }

    private IEnumerable<TelegramEntry> Messages(string chat, string? label)
    {
        if (!wanted(chat))
        {
            cursor.SkipValue();
            yield break;
        }

        MatchedAny = true;
        foreach (var (element, line) in cursor.ArrayElements())
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                yield return new TelegramEntry(element, line, label);
            }
        }
    }
}
