using System.Text.Json;

namespace TranscriptLens.Core.Parsing.Discord;

/// <summary>The file name kept as <see cref="Model.Message.Attachment"/>: the first attachment's, or a sticker's name.</summary>
internal static class DiscordAttachment
{
    /// <summary>The first attachment's <c>fileName</c>, else the last segment of its <c>url</c>; null without attachments.</summary>
    public static string? First(JsonElement message)
    {
        if (DiscordJson.First(message, "attachments") is not { } attachment)
        {
            return null;
        }

        return DiscordJson.String(attachment, "fileName") ?? FromUrl(DiscordJson.String(attachment, "url")) ?? "attachment";
    }

    /// <summary>The first sticker's <c>name</c> (as <c>sticker: NAME</c>); null without stickers.</summary>
    public static string? Sticker(JsonElement message) =>
        DiscordJson.First(message, "stickers") is { } sticker ? $"sticker: {DiscordJson.String(sticker, "name") ?? "unnamed"}" : null;

    /// <summary>The first file name of the CSV's comma-separated attachment URLs; null when the field is empty.</summary>
    public static string? FromCsv(string urls)
    {
        var first = urls.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return first is null ? null : FromUrl(first) ?? first;
    }

    private static string? FromUrl(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var path = url.AsSpan();
        var query = path.IndexOfAny('?', '#');
        if (query >= 0)
        {
            path = path[..query];
        }

        var name = path[(path.LastIndexOfAny('/', '\\') + 1)..];
        return name.IsEmpty ? null : Uri.UnescapeDataString(name.ToString());
    }
}
