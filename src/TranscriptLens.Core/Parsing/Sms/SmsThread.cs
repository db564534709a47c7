namespace TranscriptLens.Core.Parsing.Sms;

/// <summary>One conversation of a backup: its key, the addresses and names that lead to it, and its messages in time order.</summary>
internal sealed record SmsThread(string Key, IReadOnlySet<string> Addresses, IReadOnlySet<string> Names, IReadOnlyList<SmsThreadEntry> Entries)
{
    /// <summary>
    /// How well <paramref name="wanted"/> (a <c>--thread</c> value) names this thread: 3 its key, 2 a
    /// contact name, 1 one of its addresses, 0 not at all.
    /// </summary>
    public int Match(string wanted) =>
        string.Equals(Key, wanted, StringComparison.OrdinalIgnoreCase) ? 3
        : Names.Contains(wanted) ? 2
        : Addresses.Contains(PhoneAddress.MatchKey(wanted)) ? 1
        : 0;

    /// <summary>True for a group thread (several addresses).</summary>
    public bool IsGroup => Addresses.Count > 1;

    /// <summary>"key (n)" for listings.</summary>
    public override string ToString() => $"{Key} ({Entries.Count})";
}
