namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// Turns raw author spans into trimmed names without invisible marks, allocating each distinct name
/// once: a chat has a handful of authors and millions of messages. The few most recent raw spans are
/// compared directly, which skips hashing for the usual back-and-forth of two or three people.
/// </summary>
internal sealed class SenderNames
{
    private const int MaxCached = 10_000;
    private const int StackLimit = 256;
    private const int Recent = 4;

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly string[] _recentRaw = new string[Recent];
    private readonly string[] _recentName = new string[Recent];
    private int _nextRecent;

    /// <summary>Creates an empty cache.</summary>
    public SenderNames()
    {
        _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        Array.Fill(_recentRaw, string.Empty);
        Array.Fill(_recentName, string.Empty);
    }

    /// <summary>The cleaned name for <paramref name="raw"/>.</summary>
    public string Get(ReadOnlySpan<char> raw)
    {
        for (var i = 0; i < Recent; i++)
        {
            if (raw.SequenceEqual(_recentRaw[i]))
            {
                return _recentName[i];
            }
        }

        Span<char> scratch = raw.Length <= StackLimit ? stackalloc char[raw.Length] : new char[raw.Length];
        var clean = Clean(raw, scratch);
        if (!_lookup.TryGetValue(clean, out var name))
        {
            name = new string(clean);
            if (_names.Count < MaxCached)
            {
                _names[name] = name;
            }
        }

        _recentRaw[_nextRecent] = raw.SequenceEqual(name) ? name : new string(raw);
        _recentName[_nextRecent] = name;
        _nextRecent = (_nextRecent + 1) % Recent;
        return name;
    }

    /// <summary>Removes invisible marks (bidi isolates around names, LRM) and surrounding white space.</summary>
    public static ReadOnlySpan<char> Clean(ReadOnlySpan<char> raw, Span<char> scratch)
    {
        if (!InvisibleChars.Any(raw))
        {
            return raw.Trim();
        }

        return ((ReadOnlySpan<char>)scratch[..InvisibleChars.CopyWithout(raw, scratch)]).Trim();
    }
}
