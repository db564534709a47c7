using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;

namespace TranscriptLens.Core.Parsing.Messenger;

/// <summary>
/// Finds the conversation files in a "Download your information" zip. Facebook writes
/// <c>your_facebook_activity/messages/inbox/THREAD/message_N.json</c> (older archives
/// <c>messages/inbox/…</c>), Instagram <c>your_instagram_activity/messages/inbox/…</c>; besides
/// <c>inbox</c> there are <c>archived_threads</c>, <c>filtered_threads</c> and <c>message_requests</c>.
/// A thread of more than about 10,000 messages is split into <c>message_1.json</c> (newest) …
/// <c>message_N.json</c> (oldest).
/// </summary>
internal static partial class MessengerArchive
{
    /// <summary>True when a zip entry name is a conversation file (<c>…/messages/FOLDER/THREAD/message_N.json</c>).</summary>
    public static bool IsConversationFile(string entryName) =>
        !entryName.StartsWith("__MACOSX/", StringComparison.Ordinal) && ConversationFile().IsMatch(entryName);

    /// <summary>
    /// The threads of the archive, ordered by folder, each with its files from the highest
    /// <c>N</c> down: the order in which their messages run from oldest to newest.
    /// </summary>
    public static IReadOnlyList<MessengerThread> Threads(ZipArchive archive) =>
    [
        .. archive.Entries
            .Where(e => IsConversationFile(e.FullName))
            .GroupBy(e => e.FullName[..e.FullName.LastIndexOf('/')], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MessengerThread(g.Key, [.. g.OrderByDescending(Number)])),
    ];

    private static int Number(ZipArchiveEntry entry) =>
        int.TryParse(ConversationFile().Match(entry.FullName).Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    [GeneratedRegex(@"(?:^|/)messages/(?:inbox|archived_threads|filtered_threads|message_requests)/[^/]+/message_(?<n>\d+)\.json$")]
    private static partial Regex ConversationFile();
}
