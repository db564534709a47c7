using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace TranscriptLens.Core.Output;

/// <summary>
/// A growable UTF-8 buffer that JSON lines are composed in before they reach a stream, with the few
/// JSON primitives a message line needs. Strings are written the way <see cref="MinimalJsonEncoder"/>
/// writes them: UTF-8 (a lone surrogate as U+FFFD), escaping only <c>"</c>, <c>\</c> and control
/// characters. Also an <see cref="IBufferWriter{T}"/>, so a <see cref="System.Text.Json.Utf8JsonWriter"/>
/// can append to the same line.
/// </summary>
internal sealed class Utf8LineBuffer(int capacity) : IBufferWriter<byte>
{
    private static readonly SearchValues<byte> MustEscape = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(b => (byte)b), (byte)'"', (byte)'\\']);

    private byte[] _bytes = new byte[capacity];

    /// <summary>Bytes written so far.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    /// <summary>Forgets everything written.</summary>
    public void Clear() => Length = 0;

    /// <summary>Forgets what was written after the first <paramref name="length"/> bytes.</summary>
    public void Truncate(int length) => Length = Math.Min(length, Length);

    /// <inheritdoc />
    public void Advance(int count) => Length += count;

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0) => _bytes.AsMemory(Reserve(sizeHint));

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0) => _bytes.AsSpan(Reserve(sizeHint));

    /// <summary>Appends raw UTF-8 (a constant fragment of JSON).</summary>
    public void Write(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(_bytes.AsSpan(Reserve(utf8.Length)));
        Length += utf8.Length;
    }

    /// <summary>Appends a JSON number.</summary>
    public void Write(int value)
    {
        value.TryFormat(_bytes.AsSpan(Reserve(11)), out var written, default, CultureInfo.InvariantCulture);
        Length += written;
    }

    /// <summary>Appends a JSON string literal (quotes included).</summary>
    public void WriteString(ReadOnlySpan<char> text)
    {
        // UTF-16 to UTF-8 is at most 3 bytes per char; then escape in a second step, which most texts skip.
        var at = Reserve((text.Length * 3) + 2);
        _bytes[at] = (byte)'"';
        Utf8.FromUtf16(text, _bytes.AsSpan(at + 1), out _, out var written, replaceInvalidSequences: true);
        var body = _bytes.AsSpan(at + 1, written);
        var special = body.IndexOfAny(MustEscape);
        if (special < 0)
        {
            _bytes[at + 1 + written] = (byte)'"';
            Length += written + 2;
            return;
        }

        var tail = ArrayPool<byte>.Shared.Rent(written - special);
        body[special..].CopyTo(tail);
        Length = at + 1 + special;
        WriteEscaped(tail.AsSpan(0, written - special));
        ArrayPool<byte>.Shared.Return(tail);
        Write("\""u8);
    }

    private void WriteEscaped(ReadOnlySpan<byte> text)
    {
        while (!text.IsEmpty)
        {
            var special = text.IndexOfAny(MustEscape);
            if (special < 0)
            {
                Write(text);
                return;
            }

            Write(text[..special]);
            WriteEscape(text[special]);
            text = text[(special + 1)..];
        }
    }

    private void WriteEscape(byte value)
    {
        ReadOnlySpan<byte> shortForm = value switch
        {
            (byte)'"' => "\\\""u8,
            (byte)'\\' => "\\\\"u8,
            (byte)'\n' => "\\n"u8,
            (byte)'\r' => "\\r"u8,
            (byte)'\t' => "\\t"u8,
            (byte)'\b' => "\\b"u8,
            (byte)'\f' => "\\f"u8,
            _ => default,
        };
        if (!shortForm.IsEmpty)
        {
            Write(shortForm);
            return;
        }

        var at = Reserve(6);
        "\\u00"u8.CopyTo(_bytes.AsSpan(at));
        _bytes[at + 4] = (byte)"0123456789ABCDEF"[value >> 4];
        _bytes[at + 5] = (byte)"0123456789ABCDEF"[value & 0xF];
        Length += 6;
    }

    /// <summary>Makes room for <paramref name="bytes"/> more bytes and returns where they go.</summary>
    private int Reserve(int bytes)
    {
        if (_bytes.Length - Length < Math.Max(bytes, 1))
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + Math.Max(bytes, 256)));
        }

        return Length;
    }
}
