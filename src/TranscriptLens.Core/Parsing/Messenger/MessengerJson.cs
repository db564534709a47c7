using System.Globalization;
using System.Text.Json;

namespace TranscriptLens.Core.Parsing.Messenger;

/// <summary>Reading the few value shapes a Messenger message uses; strings come back repaired (<see cref="MessengerMojibake"/>).</summary>
internal static class MessengerJson
{
    /// <summary>A non-empty string property, repaired, else null.</summary>
    public static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? MessengerMojibake.Repair(s)
            : null;

    /// <summary>True when the property is the JSON literal <c>true</c>.</summary>
    public static bool True(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>True when the property is present and not null.</summary>
    public static bool Present(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>An integer property (a number, or a string of digits), else null.</summary>
    public static long? Integer(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var n) => n,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };
    }

    /// <summary>The first object of an array property, if any.</summary>
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
