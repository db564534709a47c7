using System.Text.Json;

namespace TranscriptLens.Core.Parsing.Discord;

/// <summary>Reading the few value shapes a DiscordChatExporter message uses.</summary>
internal static class DiscordJson
{
    /// <summary>A non-empty string property, else null.</summary>
    public static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s
            : null;

    /// <summary>True when the property is present and not null.</summary>
    public static bool Present(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>The first element of an array property that is an object, if any.</summary>
    public static JsonElement? First(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                return item;
            }
        }

        return null;
    }
}
