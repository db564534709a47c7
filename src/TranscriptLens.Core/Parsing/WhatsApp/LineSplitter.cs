namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// Splits decoded text into lines without allocating: each line is a span over an internal buffer,
/// valid until the next call, read in large blocks. LF, CRLF and a lone CR all end a line (edited
/// files mix them). A line longer than <see cref="MaxLineLength"/> characters is cut there and the
/// rest skipped, so a 50 MB line without breaks cannot exhaust memory.
/// </summary>
/// <param name="reader">The text.</param>
/// <param name="maxLineLength">The longest line kept whole.</param>
internal sealed class LineSplitter(TextReader reader, int maxLineLength = LineSplitter.DefaultMaxLineLength)
{
    /// <summary>Far beyond WhatsApp's own message limit (65,536 characters).</summary>
    public const int DefaultMaxLineLength = 1 << 20;

    private const int InitialBuffer = 1 << 16;

    private char[] _buffer = new char[Math.Min(InitialBuffer, Math.Max(maxLineLength, 16))];
    private int _start;
    private int _end;
    private int _scanned;
    private bool _eof;
    private bool _skipLineFeed;
    private bool _discardRest;

    /// <summary>The longest line kept whole.</summary>
    public int MaxLineLength { get; } = maxLineLength;

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>True when the line last returned was cut at <see cref="MaxLineLength"/>.</summary>
    public bool Truncated { get; private set; }

    /// <summary>Reads the next line (without its terminator); false at the end.</summary>
    public bool ReadLine(out ReadOnlySpan<char> line)
    {
        if (_discardRest)
        {
            SkipToLineEnd();
        }

        Truncated = false;
        while (true)
        {
            if (_skipLineFeed && _start < _end)
            {
                _skipLineFeed = false;
                if (_buffer[_start] == '\n')
                {
                    _start++;
                    _scanned = Math.Max(_scanned, _start);
                }
            }

            var found = _buffer.AsSpan(_scanned, _end - _scanned).IndexOfAny('\r', '\n');
            if (found >= 0)
            {
                var at = _scanned + found;
                line = _buffer.AsSpan(_start, at - _start);
                ConsumeTerminator(at);
                LineNumber++;
                return true;
            }

            _scanned = _end;
            if (_eof)
            {
                if (_start < _end)
                {
                    line = _buffer.AsSpan(_start, _end - _start);
                    _start = _scanned = _end;
                    LineNumber++;
                    return true;
                }

                line = default;
                return false;
            }

            if (_end - _start >= MaxLineLength)
            {
                line = _buffer.AsSpan(_start, MaxLineLength);
                _start += MaxLineLength;
                _discardRest = true;
                Truncated = true;
                LineNumber++;
                return true;
            }

            Fill();
        }
    }

    private void ConsumeTerminator(int at)
    {
        var next = at + 1;
        if (_buffer[at] == '\r')
        {
            if (next < _end)
            {
                if (_buffer[next] == '\n')
                {
                    next++;
                }
            }
            else
            {
                _skipLineFeed = true;
            }
        }

        _start = _scanned = next;
    }

    private void SkipToLineEnd()
    {
        _discardRest = false;
        while (true)
        {
            var found = _buffer.AsSpan(_start, _end - _start).IndexOfAny('\r', '\n');
            if (found >= 0)
            {
                ConsumeTerminator(_start + found);
                return;
            }

            _start = _scanned = _end;
            if (_eof)
            {
                return;
            }

            Fill();
        }
    }

    /// <summary>Moves the unread tail to the front, grows the buffer when one line fills it, and reads more.</summary>
    private void Fill()
    {
        var unread = _end - _start;
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, unread);
            _scanned -= _start;
            _start = 0;
            _end = unread;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, Math.Max(MaxLineLength, _buffer.Length + 1)));
        }

        var count = reader.Read(_buffer, _end, _buffer.Length - _end);
        if (count == 0)
        {
            _eof = true;
        }

        _end += count;
    }
}
