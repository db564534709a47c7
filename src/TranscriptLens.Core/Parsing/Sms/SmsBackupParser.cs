using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.Sms;

/// <summary>
/// SMS Backup &amp; Restore (SyncTech, Android) XML: <c>&lt;smses&gt;</c> with <c>&lt;sms&gt;</c> and
/// <c>&lt;mms&gt;</c> elements (docs/formats.md#sms).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Time: <c>date</c> is epoch milliseconds UTC, so every message is an instant with offset 0
/// (<c>--timezone</c> converts it); <c>readable_date</c> is the phone's zone-less rendering and is ignored.</item>
/// <item>Sender: sent messages (type/msg_box 2) are <see cref="ParseOptions.Me"/>; received ones the
/// contact name, else the address; a group MMS sender is its <c>&lt;addr type="137"&gt;</c>, named
/// where the file names that number anywhere. Drafts, outbox, failed and queued messages (3–6) are
/// left out: the other person never saw them.</item>
/// <item>MMS: text is the <c>text/plain</c> parts (one line each); SMIL is layout and is ignored;
/// every other part is an attachment, named by its <c>name</c>, else <c>cl</c>, else content type.
/// An MMS with an attachment is <see cref="MessageKind.Media"/>, with its text as the caption; an MMS
/// with no readable part at all is media too.</item>
/// <item>Threads: every message carries <see cref="Message.Thread"/> (see <see cref="SmsThreadDirectory"/>);
/// the output is thread by thread (threads in order of their first message), each in time order.
/// <see cref="ParseOptions.Thread"/> keeps one thread, matched by key, contact name or address.</item>
/// <item>Truncated files: see <see cref="SmsBackupReader"/> (messages before the break are kept
/// with an error diagnostic; a file with nothing readable is exit 3).</item>
/// </list>
/// </remarks>
public sealed class SmsBackupParser : IChatParser
{
    private const int ListedThreads = 20;

    /// <inheritdoc />
    public string Name => "sms";

    /// <inheritdoc />
    public string Description => "SMS Backup & Restore XML (<smses>): SMS and MMS, all threads or one with --thread";

    /// <inheritdoc />
    public IEnumerable<Message> Parse(ChatInput input, ParseOptions options, DiagnosticBag diagnostics)
    {
        SmsBackupContent content;
        using (var stream = input.Open())
        {
            content = new SmsBackupReader(input.Name, diagnostics).Read(stream);
        }

        if (content.NotDelivered > 0)
        {
            diagnostics.Info(input.Name, null,
                $"{content.NotDelivered} draft, outbox, failed or queued message(s) (type 3-6) were left out: they were never delivered");
        }

        var threads = SmsThreading.Group(content.Records, options.Me, out var duplicates);
        if (duplicates > 0)
        {
            diagnostics.Info(input.Name, null,
                $"{duplicates} duplicate message(s) (same thread, time, sender and text; overlapping backups) were dropped");
        }

        foreach (var thread in Select(threads, options.Thread, input.Name, diagnostics))
        {
            for (var i = 0; i < thread.Entries.Count; i++)
            {
                yield return ToMessage(thread.Entries[i], i, thread.Key);
            }
        }
    }

    private static IEnumerable<SmsThread> Select(IReadOnlyList<SmsThread> threads, string? wanted, string source, DiagnosticBag diagnostics)
    {
        if (threads.Count == 0)
        {
            diagnostics.Info(source, null, "the backup holds no messages");
            if (!string.IsNullOrWhiteSpace(wanted))
            {
                throw new UsageException($"--thread {wanted}: {source} holds no threads");
            }

            return [];
        }

        if (string.IsNullOrWhiteSpace(wanted))
        {
            if (threads.Count > 1)
            {
                diagnostics.Info(source, null, $"{threads.Count} threads: {List(threads)} (use --thread to read one)");
            }

            return threads;
        }

        // The best kind of match wins; a number names its one-to-one thread before the groups it is in.
        var trimmed = wanted.Trim();
        var best = threads.Max(t => t.Match(trimmed));
        var selected = threads.Where(t => best > 0 && t.Match(trimmed) == best).ToArray();
        if (best == 1 && selected.Any(t => !t.IsGroup))
        {
            selected = selected.Where(t => !t.IsGroup).ToArray();
        }

        return selected.Length > 0
            ? selected
            : throw new UsageException($"--thread {wanted}: no such thread in {source}; threads: {List(threads)}");
    }

    private static string List(IReadOnlyList<SmsThread> threads)
    {
        var shown = string.Join(", ", threads.Take(ListedThreads));
        return threads.Count > ListedThreads ? $"{shown}, ... and {threads.Count - ListedThreads} more" : shown;
    }

    private static Message ToMessage(SmsThreadEntry entry, int index, string thread)
    {
        var record = entry.Record;
        var media = record.Attachment is not null || (record.IsMms && record.Text.Length == 0);
        var time = ChatTime.Instant(DateTimeOffset.FromUnixTimeMilliseconds(record.DateMs));
        return new Message(index, time, entry.Sender, record.Text, media ? MessageKind.Media : MessageKind.Text)
        {
            Attachment = record.Attachment,
            Line = record.Line,
            Thread = thread,
        };
    }
}
