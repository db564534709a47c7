namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// Finds authors who only ever write system lines: on iOS the group (or contact) name that files the
/// encryption banner and group events (docs/formats.md#whatsapp-authors-and-system-lines, whatstk's "first author of a group is the chat
/// name"). An author qualifies when at least one of their lines is certainly a system line (the
/// banner, or U+200E followed by an event) and every other line reads as an event too; a single
/// ordinary message disqualifies them for good, so almost all lines cost one comparison or lookup.
/// Only iOS-layout lines are observed: Android writes system lines without an author.
/// </summary>
internal sealed class SystemAuthorTracker
{
    private const int StackLimit = 256;

    private readonly Dictionary<string, AuthorState> _authors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AuthorState>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private string _lastWriter = string.Empty;

    /// <summary>Creates an empty tracker.</summary>
    public SystemAuthorTracker() => _lookup = _authors.GetAlternateLookup<ReadOnlySpan<char>>();

    // Ordered: an author's state only ever moves down this list (Append relies on it).
    private enum AuthorState
    {
        OnlyEvents,
        OnlyEventsWithProof,
        WritesMessages,
    }

    /// <summary>Looks at the body of one header line (author and text).</summary>
    public void Observe(ReadOnlySpan<char> body)
    {
        if (!AuthorSplitter.TrySplit(body, out var authorEnd, out var textStart))
        {
            return;
        }

        var raw = body[..authorEnd];
        Span<char> scratch = raw.Length <= StackLimit ? stackalloc char[raw.Length] : new char[raw.Length];
        var name = SenderNames.Clean(raw, scratch);
        if (name.SequenceEqual(_lastWriter))
        {
            return;
        }

        var known = _lookup.TryGetValue(name, out var key, out var state);
        if (known && state == AuthorState.WritesMessages)
        {
            _lastWriter = key!;
            return;
        }

        var text = body[textStart..];
        var marked = !text.IsEmpty && InvisibleChars.Is(text[0]);
        var clean = InvisibleChars.Strip(text).Trim();
        var proof = SystemPhrases.IsBanner(clean) || (marked && SystemPhrases.IsEvent(clean));
        var next = proof ? AuthorState.OnlyEventsWithProof
            : SystemPhrases.IsEvent(clean) ? (known ? state : AuthorState.OnlyEvents)
            : AuthorState.WritesMessages;
        _lookup[name] = next;
    }

    /// <summary>
    /// Adds what <paramref name="other"/> saw in another part of the file. An author's state does not
    /// depend on the order of their lines (one message decides "writes messages", one proof decides
    /// "proven" otherwise), so parts surveyed in parallel join to the state of a single pass.
    /// </summary>
    public void Append(SystemAuthorTracker other)
    {
        foreach (var (name, state) in other._authors)
        {
            _authors[name] = _authors.TryGetValue(name, out var mine) ? (AuthorState)Math.Max((int)mine, (int)state) : state;
        }
    }

    /// <summary>The authors that wrote only system lines, with proof.</summary>
    public IReadOnlySet<string> SystemAuthors() =>
        _authors.Where(a => a.Value == AuthorState.OnlyEventsWithProof).Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
}
