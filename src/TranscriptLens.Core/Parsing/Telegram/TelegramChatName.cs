namespace TranscriptLens.Core.Parsing.Telegram;

/// <summary>
/// The name a chat of a full export goes by. "Saved Messages" (and "Replies") have no <c>name</c>
/// in the export (<c>JsonWriter::writeChatsStart</c>), so they get the name Telegram shows; any
/// other nameless chat is named by its type and id.
/// </summary>
internal static class TelegramChatName
{
    /// <summary>The display name for a chat with the given fields.</summary>
    public static string For(string? name, string? type, string? id, int ordinal) =>
        !string.IsNullOrWhiteSpace(name) ? name
        : type == "saved_messages" ? "Saved Messages"
        : type == "replies" ? "Replies"
        : id is not null ? $"{type ?? "chat"} {id}"
        : $"chat #{ordinal}";
}
