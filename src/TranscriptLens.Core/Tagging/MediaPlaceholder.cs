namespace TranscriptLens.Core.Tagging;

/// <summary>
/// Recognises the text exports write in place of media ("&lt;Media omitted&gt;", "image omitted",
/// "&lt;Medien ausgeschlossen&gt;", "IMG-….jpg (file attached)"…), so labelled data written as text and
/// parsed media messages are treated alike.
/// </summary>
public static class MediaPlaceholder
{
    private static readonly string[] Omitted =
        ["image", "video", "audio", "sticker", "gif", "document", "photo", "contact card", "voice message", "media"];

    private static readonly string[] Whole = ["<Media omitted>", "<Medien ausgeschlossen>", "<Multimedia omitido>", "<Médias omis>"];

    private static readonly string[] AttachedSuffixes = [" (file attached)", " (Datei angehängt)"];

    private static readonly string[] GermanOmitted = ["Bild", "Video", "Audio", "Sticker", "GIF", "Dokument"];

    /// <summary>True when <paramref name="text"/> is only a media placeholder.</summary>
    public static bool Is(string text)
    {
        // Fast reject (called for every message): a bare placeholder is short and ends in '>'
        // ("<Media omitted>"), 'd' ("omitted"), 'n' ("weggelassen") or ')' ("(file attached)"),
        // possibly followed by spaces or direction marks.
        if (text.Length is 0 or > 300)
        {
            return false;
        }

        var last = text[^1];
        if (last is not ('>' or 'd' or 'D' or 'n' or 'N' or ')' or '\u200E' or '\u200F') && !char.IsWhiteSpace(last))
        {
            return false;
        }

        return Split(text) is { Caption.Length: 0 };
    }

    /// <summary>
    /// Splits a text that starts with a media line into the attachment and the caption after it
    /// (Android "with media" exports put the caption on the next line); null when it is not media.
    /// </summary>
    public static (string Attachment, string Caption)? Split(string text)
    {
        var t = text.Trim().Trim('\u200E', '\u200F').Trim();
        if (t.Length == 0 || t.Length > 4096)
        {
            return null;
        }

        var newline = t.IndexOf('\n', StringComparison.Ordinal);
        var first = (newline < 0 ? t : t[..newline]).Trim();
        var rest = newline < 0 ? string.Empty : t[(newline + 1)..].Trim();
        foreach (var suffix in AttachedSuffixes)
        {
            // A file name has no spaces: "IMG-20240816-WA0007.jpg (file attached)".
            if (first.EndsWith(suffix, StringComparison.Ordinal)
                && first.IndexOf(' ', StringComparison.Ordinal) == first.Length - suffix.Length)
            {
                return (first[..^suffix.Length], rest);
            }
        }

        if (newline >= 0)
        {
            return null;
        }

        if ((t.StartsWith("<attached:", StringComparison.OrdinalIgnoreCase) && t.EndsWith('>'))
            || Array.Exists(Whole, w => t.Equals(w, StringComparison.OrdinalIgnoreCase)))
        {
            return (t, string.Empty);
        }

        foreach (var kind in Omitted)
        {
            if (t.Length == kind.Length + " omitted".Length
                && t.StartsWith(kind, StringComparison.OrdinalIgnoreCase)
                && t.EndsWith(" omitted", StringComparison.OrdinalIgnoreCase))
            {
                return (t, string.Empty);
            }
        }

        foreach (var kind in GermanOmitted)
        {
            if (t.Equals(kind + " weggelassen", StringComparison.OrdinalIgnoreCase))
            {
                return (t, string.Empty);
            }
        }

        return null;
    }
}
