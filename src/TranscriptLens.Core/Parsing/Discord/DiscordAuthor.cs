using System.Text.Json;

namespace TranscriptLens.Core.Parsing.Discord;

/// <summary>
/// The sender's display name from a message's <c>author</c>: the <c>nickname</c> (server nickname or
/// global display name) when present and non-empty, else the account <c>name</c>. Discord names
/// every deleted account "Deleted User"; those keep their <c>id</c> (<c>Deleted User #555…</c>, as
/// chat-analytics shows them) so that two deleted people do not merge into one participant.
/// </summary>
internal static class DiscordAuthor
{
    private const string DeletedUser = "Deleted User";

    /// <summary>The display name, or null when the message has no usable author.</summary>
    public static string? DisplayName(JsonElement message)
    {
        if (!message.TryGetProperty("author", out var author) || author.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var name = DiscordJson.String(author, "name");
        var id = DiscordJson.String(author, "id");
        if (name == DeletedUser && id is not null)
        {
            return $"{DeletedUser} #{id}";
        }

        return DiscordJson.String(author, "nickname") ?? name ?? id;
    }
}
