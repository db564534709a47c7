namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// Collects one message's lines (without invisible marks) in a reusable buffer, up to a limit so a
/// runaway continuation cannot exhaust memory.
/// </summary>
internal sealed class TextAccumulator(int maxChars)
{
    private char[] _chars = new char[1024];
    private int _length;

    /// <summary>The text so far.</summary>
    public ReadOnlySpan<char> Text => _chars.AsSpan(0, _length);

    /// <summary>Whether text was dropped at the limit.</summary>
    public bool Truncated { get; private set; }

    /// <summary>Starts a new message.</summary>
    public void Clear()
    {
        _length = 0;
        Truncated = false;
    }

    /// <summary>Appends a line break and then <paramref name="line"/>.</summary>
    public void AppendLine(ReadOnlySpan<char> line)
    {
        if (Reserve(1) == 1)
        {
            _chars[_length++] = '\n';
            Append(line);
        }
    }

    /// <summary>Appends <paramref name="text"/> without its invisible marks.</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        var room = Reserve(text.Length);
        _length += InvisibleChars.CopyWithout(text[..room], _chars.AsSpan(_length));
    }

    private int Reserve(int wanted)
    {
        var room = Math.Min(wanted, maxChars - _length);
        if (room < wanted)
        {
            Truncated = true;
        }

        if (_length + room > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Min(Math.Max(_chars.Length * 2, _length + room), maxChars));
        }

        return Math.Max(room, 0);
    }
}
