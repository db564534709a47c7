namespace TranscriptLens.Core.Parsing.Sms;

/// <summary>
/// Groups a backup's records into threads, resolves senders, drops duplicates and sorts each thread
/// by time. A backup lists all SMS first and all MMS after them, threads interleaved, so this needs
/// the whole file; it holds text only (the media was never read).
/// </summary>
internal static class SmsThreading
{
    /// <summary>The threads, ordered by their first message; <paramref name="duplicates"/> counts dropped repeats.</summary>
    public static IReadOnlyList<SmsThread> Group(IReadOnlyList<SmsRecord> records, string me, out int duplicates)
    {
        var directory = SmsThreadDirectory.Build(records);
        var threads = new Dictionary<string, (List<SmsThreadEntry> Entries, HashSet<string> Addresses, HashSet<string> Names)>(StringComparer.Ordinal);

        // Overlapping backups of one phone repeat messages: same thread, time, sender and content.
        var seen = new HashSet<(string, long, string, string, string?)>();
        duplicates = 0;
        foreach (var record in records)
        {
            var key = directory.ThreadKey(record);
            var sender = directory.SenderOf(record, me);
            if (!seen.Add((key, record.DateMs, sender, record.Text, record.Attachment)))
            {
                duplicates++;
                continue;
            }

            if (!threads.TryGetValue(key, out var thread))
            {
                thread = ([], new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.OrdinalIgnoreCase));
                threads.Add(key, thread);
            }

            thread.Entries.Add(new SmsThreadEntry(record, sender));
            thread.Addresses.UnionWith(SmsThreadDirectory.Members(record.Address).Select(PhoneAddress.MatchKey));
            if (record.ContactName is { } name)
            {
                thread.Names.Add(name);
            }
        }

        return threads
            .Select(t => new SmsThread(t.Key, t.Value.Addresses, t.Value.Names, t.Value.Entries.OrderBy(e => e.Record.DateMs).ToArray()))
            .OrderBy(t => t.Entries[0].Record.DateMs)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .ToArray();
    }
}
