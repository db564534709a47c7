using System.IO.Compression;

namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// Finds the chat text inside an export archive: iOS zips hold <c>_chat.txt</c> beside the media
/// (chat-analytics looks for it first), Android zips the one <c>WhatsApp Chat with ….txt</c>, whose name
/// is localised (<c>mlomb/chat-analytics:pipeline/parse/parsers/WhatsApp.ts</c> <c>FilenamePatterns</c>,
/// sometimes with <c>_</c> for spaces).
/// </summary>
internal static class WhatsAppArchive
{
    /// <summary>The iOS chat entry name.</summary>
    public const string IosChatName = "_chat.txt";

    private static readonly string[] ChatNamePrefixes =
    [
        "WhatsApp Chat - ",
        "WhatsApp Chat with ",
        "WhatsApp Chat mit ",
        "WhatsApp-Chat mit ",
        "Chat de WhatsApp con ",
        "Chat WhatsApp con ",
        "Discussion WhatsApp avec ",
        "Conversa do WhatsApp com ",
        "Conversa no WhatsApp com ",
        "Чат WhatsApp с ",
    ];

    /// <summary>The entry holding the chat, or null when the archive has none.</summary>
    public static ZipArchiveEntry? FindChat(ZipArchive archive)
    {
        var texts = archive.Entries.Where(e => IsText(e.FullName)).ToList();
        return texts.Where(e => e.Name == IosChatName).OrderBy(e => e.FullName.Length).FirstOrDefault()
            ?? (texts.Count == 1 ? texts[0] : null)
            ?? texts.FirstOrDefault(e => IsChatFileName(e.Name));
    }

    /// <summary>True when an entry list (from a format probe) holds a WhatsApp chat.</summary>
    public static bool HoldsChat(IReadOnlyList<string> entries) =>
        entries.Any(e => IsText(e) && (Path.GetFileName(e) == IosChatName || IsChatFileName(Path.GetFileName(e))));

    /// <summary>True for Android's localised <c>WhatsApp Chat with NAME.txt</c> (spaces or underscores).</summary>
    public static bool IsChatFileName(string name)
    {
        var spaced = name.Replace('_', ' ');
        return spaced.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            && ChatNamePrefixes.Any(p => spaced.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }

    // macOS adds "__MACOSX/._name" resource forks when people re-zip an export.
    private static bool IsText(string fullName) =>
        fullName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
        && !fullName.StartsWith("__MACOSX/", StringComparison.Ordinal)
        && !Path.GetFileName(fullName).StartsWith("._", StringComparison.Ordinal);
}
