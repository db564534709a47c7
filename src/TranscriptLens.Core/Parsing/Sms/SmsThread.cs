namespace TranscriptLens.Core.Parsing.Sms;

/// <summary>One conversation of a backup: its key, the addresses and names that lead to it, and its messages in time order.</summary>
internal sealed record SmsThread(string Key, IReadOnlySet<string> Addresses, IReadOnlySet<string> Names, IReadOnlyList<SmsThreadEntry> Entries)
{
    /// <summary>Whether <paramref name="wanted"/> (a <c>--thread</c> value) names this thread: its key, a contact name or an address.</summary>
    public bool IsNamedBy(string wanted) =>
        string.Equals(Key, wanted, StringComparison.OrdinalIgnoreCase)
        || Names.Contains(wanted)
        || Addresses.Contains(PhoneAddress.MatchKey(wanted));

    /// <summary>"key (n)" for listings.</summary>
    public override string ToString() => $"{Key} ({Entries.Count})";
}
