using System.IO.Compression;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.Messenger;

/// <summary>
/// Facebook Messenger and Instagram "Download your information" JSON, the classic format
/// (docs/formats.md#messenger): one <c>message_N.json</c>, or the export zip, whose entries are
/// streamed (never extracted to disk) through <see cref="JsonStreamCursor"/> one message at a time.
/// </summary>
/// <remarks>
/// One file is one conversation and leaves <see cref="Message.Chat"/> null. A zip gives one
/// conversation per thread folder, <see cref="Message.Chat"/> being the thread's title, and
/// <see cref="ParseOptions.Chat"/> keeps one (case-insensitive). Files list messages newest first:
/// each file is reversed (<see cref="MessengerConversationFile"/>) and a thread's files are read
/// from the highest <c>N</c> down, so messages leave the parser oldest first. The
/// end-to-end-encrypted export (camelCase keys) is refused.
/// </remarks>
public sealed class MessengerParser : IChatParser
{
    private const int ListedThreads = 20;

    /// <inheritdoc />
    public string Name => "messenger";

    /// <inheritdoc />
    public string Description => "Facebook Messenger / Instagram 'Download your information' JSON (message_N.json or the export .zip)";

    /// <inheritdoc />
    public IEnumerable<Message> Parse(ChatInput input, ParseOptions options, DiagnosticBag diagnostics)
    {
        var probe = input.Probe;
        if (probe.Head.Length == 0)
        {
            throw new InputFormatException(input.Name, "the file is empty; expected a Messenger or Instagram message_N.json or export zip");
        }

        if (probe.IsZip)
        {
            return ReadArchive(input, options, diagnostics);
        }

        var head = probe.HeadText.AsSpan().TrimStart();
        if (head.IsEmpty || head[0] != '{')
        {
            throw new InputFormatException(input.Name, "not a Messenger or Instagram export: neither a JSON object nor a zip", 1);
        }

        if (MessengerSniffer.IsEncrypted(probe.HeadText) && !probe.HeadText.Contains("\"sender_name\"", StringComparison.Ordinal))
        {
            throw Encrypted(input.Name);
        }

        return ReadFile(input, diagnostics);
    }

    /// <summary>The error for the 2024 end-to-end-encrypted export, recognised by its camelCase keys.</summary>
    internal static InputFormatException Encrypted(string source) => new(source,
        "this is the end-to-end-encrypted Messenger export (camelCase keys such as senderName, timestamp), which is not supported yet; "
        + "only the classic \"Download your information\" JSON (sender_name, timestamp_ms) is");

    private static IEnumerable<Message> ReadFile(ChatInput input, DiagnosticBag diagnostics)
    {
        var mapper = new MessengerMessageMapper(input.Name, diagnostics);
        List<Message> messages;
        string? title, path;
        using (var stream = input.Open())
        {
            (messages, title, path) = MessengerConversationFile.Read(stream, input.Name, mapper, diagnostics);
        }

        for (var i = 0; i < messages.Count; i++)
        {
            yield return messages[i] with { Index = i };
        }

        diagnostics.Info(input.Name, null, $"Messenger/Instagram JSON: thread '{title ?? "?"}' ({path ?? "no thread_path"}), read newest first and delivered oldest first");
        mapper.Report();
    }

    private static IEnumerable<Message> ReadArchive(ChatInput input, ParseOptions options, DiagnosticBag diagnostics)
    {
        var wanted = string.IsNullOrWhiteSpace(options.Chat) ? null : options.Chat.Trim();
        using var archive = OpenArchive(input);
        var threads = MessengerArchive.Threads(archive);
        if (threads.Count == 0)
        {
            throw new InputFormatException(input.Name, "the zip archive holds no Messenger or Instagram conversation (…/messages/inbox/THREAD/message_N.json)");
        }

        var named = ThreadNames(threads, input.Name);
        var chosen = named.Where(t => wanted is null || string.Equals(t.Name, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        if (chosen.Count == 0)
        {
            throw new UsageException($"--chat {wanted}: no such thread in {input.Name}; threads: {List(named.Select(t => t.Name).ToList())}");
        }

        if (wanted is null && named.Count > 1)
        {
            diagnostics.Info(input.Name, null, $"{named.Count} threads: {List(named.Select(t => t.Name).ToList())} (use --chat to read one)");
        }

        var mapper = new MessengerMessageMapper(input.Name, diagnostics);
        foreach (var (thread, name) in chosen)
        {
            var position = 0;
            foreach (var entry in thread.Files)
            {
                List<Message> messages;
                using (var stream = entry.Open())
                {
                    (messages, _, _) = MessengerConversationFile.Read(stream, $"{input.Name}!{entry.FullName}", mapper, diagnostics);
                }

                foreach (var message in messages)
                {
                    yield return message with { Index = position++, Chat = name };
                }
            }
        }

        mapper.Report();
    }

    /// <summary>
    /// Each thread's name: the title of its newest file (read without parsing the messages), else
    /// the folder's name. Two threads with one title (two people of the same name, or one person in
    /// inbox and in archived_threads) are told apart by their folder, or they would merge.
    /// </summary>
    private static List<(MessengerThread Thread, string Name)> ThreadNames(IReadOnlyList<MessengerThread> threads, string source)
    {
        var titles = threads.Select(t =>
        {
            var newest = t.Files[^1];
            using var stream = newest.Open();
            return MessengerConversationFile.Title(stream, $"{source}!{newest.FullName}") ?? t.FolderName;
        }).ToList();
        var repeated = titles.GroupBy(t => t, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. threads.Select((t, i) => (t, repeated.Contains(titles[i]) ? $"{titles[i]} ({t.FolderName})" : titles[i]))];
    }

    private static ZipArchive OpenArchive(ChatInput input)
    {
        var stream = input.Open();
        try
        {
            return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException e)
        {
            stream.Dispose();
            throw new InputFormatException(input.Name, $"the zip archive is damaged: {e.Message}");
        }
    }

    private static string List(IReadOnlyList<string> names)
    {
        var shown = string.Join(", ", names.Take(ListedThreads));
        return names.Count > ListedThreads ? $"{shown}, ... and {names.Count - ListedThreads} more" : shown;
    }
}
