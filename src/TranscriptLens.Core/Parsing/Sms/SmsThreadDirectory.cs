namespace TranscriptLens.Core.Parsing.Sms;

/// <summary>
/// What the whole backup knows about addresses: one spelling per number and the contact name for
/// each number. Names are learned from every message, so a group MMS sender or an old message
/// without <c>contact_name</c> still gets the name the file uses elsewhere.
/// </summary>
/// <remarks>
/// Thread key: the contact name when the file knows it, else the normalised address; for a group
/// MMS (<c>~</c>-joined <c>address</c>) the normalised addresses, sorted and joined with <c>~</c>,
/// so one group keeps one key whatever order the phone listed its members in.
/// </remarks>
internal sealed class SmsThreadDirectory
{
    private readonly Dictionary<string, string> _spelling = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    private SmsThreadDirectory()
    {
    }

    /// <summary>Learns spellings and names from every record.</summary>
    public static SmsThreadDirectory Build(IReadOnlyList<SmsRecord> records)
    {
        var directory = new SmsThreadDirectory();
        foreach (var address in records.SelectMany(AddressesOf))
        {
            directory.LearnSpelling(address);
        }

        // One-to-one names first: they are certain; a group's list of names is a fallback.
        foreach (var record in records.Where(r => r.ContactName is not null).OrderBy(r => r.IsGroup))
        {
            directory.LearnName(record);
        }

        return directory;
    }

    /// <summary>The spelling used for <paramref name="address"/> in output (the longest one in the file, so with its country code).</summary>
    public string Normalise(string address) =>
        _spelling.TryGetValue(PhoneAddress.MatchKey(address), out var spelling) ? spelling : PhoneAddress.Clean(address);

    /// <summary>The contact name the file gives <paramref name="address"/>, if any.</summary>
    public string? NameOf(string address) => _names.GetValueOrDefault(PhoneAddress.MatchKey(address));

    /// <summary>The conversation <paramref name="record"/> belongs to.</summary>
    public string ThreadKey(SmsRecord record) => record.IsGroup
        ? string.Join('~', Members(record.Address).Select(Normalise).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        : record.ContactName ?? NameOf(record.Address) ?? Normalise(record.Address);

    /// <summary>Who wrote <paramref name="record"/>: <paramref name="me"/> for sent messages, else the contact.</summary>
    public string SenderOf(SmsRecord record, string me)
    {
        if (record.Sent)
        {
            return me;
        }

        if (record.FromAddress is { } from)
        {
            return NameOf(from) ?? Normalise(from);
        }

        return record.ContactName ?? NameOf(record.Address) ?? Normalise(record.Address);
    }

    /// <summary>The addresses of a thread's members (one for a one-to-one thread).</summary>
    public static IEnumerable<string> Members(string address) =>
        address.Split('~', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IEnumerable<string> AddressesOf(SmsRecord record) =>
        record.FromAddress is { } from ? Members(record.Address).Append(from) : Members(record.Address);

    private void LearnSpelling(string address)
    {
        var key = PhoneAddress.MatchKey(address);
        var clean = PhoneAddress.Clean(address);
        if (!_spelling.TryGetValue(key, out var known)
            || clean.Length > known.Length
            || (clean.Length == known.Length && string.CompareOrdinal(clean, known) < 0))
        {
            _spelling[key] = clean;
        }
    }

    private void LearnName(SmsRecord record)
    {
        var members = Members(record.Address).ToArray();
        if (members.Length == 1)
        {
            _names.TryAdd(PhoneAddress.MatchKey(members[0]), record.ContactName!);
            return;
        }

        // A group's contact_name lists its members' names in address order ("Ana, Bo"); only trust
        // it when the counts agree.
        var names = record.ContactName!.Split(", ", StringSplitOptions.TrimEntries);
        if (names.Length == members.Length)
        {
            for (var i = 0; i < members.Length; i++)
            {
                _names.TryAdd(PhoneAddress.MatchKey(members[i]), names[i]);
            }
        }
    }
}
