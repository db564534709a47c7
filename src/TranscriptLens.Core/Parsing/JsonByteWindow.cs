namespace TranscriptLens.Core.Parsing;

/// <summary>
/// The bytes of a stream that have been read but not yet consumed, refilled on demand and grown when
/// one value does not fit. Knows where it is in the file (byte offset, line) so that errors and
/// messages can point at the source.
/// </summary>
internal sealed class JsonByteWindow(Stream stream)
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private long _bufferOffset;
    private long _lineStart;

    /// <summary>The bytes read but not yet consumed.</summary>
    public ReadOnlySpan<byte> Unread => _buffer.AsSpan(_start, _end - _start);

    /// <summary>True once the stream has ended: <see cref="Unread"/> is all there is.</summary>
    public bool IsFinal { get; private set; }

    /// <summary>1-based line of the first unread byte.</summary>
    public int Line { get; private set; } = 1;

    /// <summary>Byte offset just past the last byte read from the stream.</summary>
    public long EndOffset => _bufferOffset + _end;

    /// <summary>The line of the unread byte at <paramref name="index"/>.</summary>
    public int LineAt(int index) => Line + _buffer.AsSpan(_start, index).Count((byte)'\n');

    /// <summary>Marks <paramref name="count"/> unread bytes as consumed.</summary>
    public void Consume(int count)
    {
        var consumed = _buffer.AsSpan(_start, count);
        var lastBreak = consumed.LastIndexOf((byte)'\n');
        if (lastBreak >= 0)
        {
            Line += consumed.Count((byte)'\n');
            _lineStart = _bufferOffset + _start + lastBreak + 1;
        }

        _start += count;
    }

    /// <summary>Reads more of the stream, keeping the unread bytes (and growing when they fill the buffer).</summary>
    public void Refill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            // One element (a message) is larger than the window: grow it.
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        IsFinal = read == 0;
        if (_bufferOffset == 0 && _start == 0 && ByteOrderMark.Detect(_buffer.AsSpan(0, _end)) is (System.Text.UTF8Encoding, var bom))
        {
            // Utf8JsonReader rejects a byte order mark; positions within the first line start after it.
            _start = bom;
            _lineStart = bom;
        }
    }

    /// <summary>
    /// The byte offset of a position the reader reports as a 1-based line and a byte position within
    /// it (its line numbers run on across refills; the line is at or after <see cref="Line"/>).
    /// </summary>
    public long OffsetOf(int line, long bytePositionInLine)
    {
        var lineStart = _lineStart;
        var position = _start;
        for (var l = Line; l < line && position < _end; l++)
        {
            var next = _buffer.AsSpan(position, _end - position).IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            position += next + 1;
            lineStart = _bufferOffset + position;
        }

        return lineStart + bytePositionInLine;
    }
}
