using System.Globalization;
using System.Text.Json;

namespace TranscriptLens.Core.Parsing.Telegram;

/// <summary>
/// The text of a service message (<c>"type": "service"</c>): its <c>action</c>, who did it and,
/// for calls, how long it lasted, e.g. <c>phone_call by Alice (56 s)</c>. The actor goes into the
/// text because system messages have no sender in the normalised model.
/// </summary>
internal static class TelegramServiceText
{
    /// <summary>A one-line description of the event.</summary>
    public static string Describe(JsonElement message)
    {
        var action = Text(message, "action") ?? "service message";
        var actor = Text(message, "actor") ?? Text(message, "actor_id");
        var description = actor is null ? action : $"{action} by {actor}";
        if (message.TryGetProperty("duration_seconds", out var duration) && duration.TryGetInt64(out var seconds))
        {
            description += string.Create(CultureInfo.InvariantCulture, $" ({seconds} s)");
        }

        var text = TelegramText.Read(message);
        return string.IsNullOrWhiteSpace(text) ? description : $"{description}: {text}";
    }

    private static string? Text(JsonElement message, string property) =>
        message.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s
            : null;
}
