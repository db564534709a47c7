using System.Text.Json;

namespace TranscriptLens.Core.Parsing.Telegram;

/// <summary>
/// What a message carries besides text: <c>photo</c>, or <c>file</c> with <c>media_type</c>
/// (<c>sticker</c>, <c>voice_message</c>, <c>video_message</c>, <c>animation</c>, <c>video_file</c>,
/// <c>audio_file</c>), or a poll, location, venue, contact or game. The attachment is the file's
/// name when the export includes it, else the media type: without media, exports write
/// <c>"(File not included. Change data exporting settings to download.)"</c> instead of a path.
/// </summary>
internal static class TelegramMedia
{
    private static readonly (string Property, string Kind)[] OtherContent =
    [
        ("poll", "poll"),
        ("location_information", "location"),
        ("place_name", "location"),
        ("contact_information", "contact"),
        ("game_title", "game"),
    ];

    /// <summary>The attachment, or null when the message has no media.</summary>
    public static string? Attachment(JsonElement message)
    {
        if (message.TryGetProperty("photo", out var photo) && photo.ValueKind != JsonValueKind.Null)
        {
            return FileName(photo) ?? "photo";
        }

        var mediaType = String(message, "media_type");
        if (message.TryGetProperty("file", out var file) && file.ValueKind != JsonValueKind.Null)
        {
            return FileName(file) ?? String(message, "file_name") ?? mediaType ?? "file";
        }

        if (mediaType is not null)
        {
            return mediaType;
        }

        foreach (var (property, kind) in OtherContent)
        {
            if (message.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                return kind;
            }
        }

        return null;
    }

    private static string? FileName(JsonElement value)
    {
        var path = value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        // "(File not included. …)", "(File exceeds maximum size. …)": no file in the export.
        return string.IsNullOrWhiteSpace(path) || path.StartsWith('(') ? null : Path.GetFileName(path);
    }

    private static string? String(JsonElement message, string property) =>
        message.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s
            : null;
}
