using System.Text;
using System.Text.Json;

namespace TranscriptLens.Core.Parsing.Telegram;

/// <summary>
/// A message's text. <c>text</c> is a plain string for a single plain run, otherwise an array of
/// strings and entity objects (<c>{"type": "link", "text": "…"}</c>); the runs are concatenated
/// with nothing between them, as Telegram shows them (chat-miner joins them with a space, which
/// inserts spaces that were never typed). Old exports have only <c>text</c>; when it is missing,
/// <c>text_entities</c> is used.
/// </summary>
internal static class TelegramText
{
    /// <summary>The text, or null when the message carries neither <c>text</c> nor <c>text_entities</c> (e.g. <c>rich_message</c>).</summary>
    public static string? Read(JsonElement message)
    {
        if (message.TryGetProperty("text", out var text) && text.ValueKind is JsonValueKind.String or JsonValueKind.Array)
        {
            return Join(text);
        }

        return message.TryGetProperty("text_entities", out var entities) && entities.ValueKind == JsonValueKind.Array
            ? Join(entities)
            : null;
    }

    private static string Join(JsonElement text)
    {
        if (text.ValueKind == JsonValueKind.String)
        {
            return text.GetString()!;
        }

        var builder = new StringBuilder();
        foreach (var run in text.EnumerateArray())
        {
            if (run.ValueKind == JsonValueKind.String)
            {
                builder.Append(run.GetString());
            }
            else if (run.ValueKind == JsonValueKind.Object && run.TryGetProperty("text", out var inner) && inner.ValueKind == JsonValueKind.String)
            {
                builder.Append(inner.GetString());
            }
        }

        return builder.ToString();
    }
}
