namespace TranscriptLens.Core.Parsing.Telegram;

/// <summary>
/// Rewrites Telegram Desktop's invalid <c>\xHH</c> string escapes to <c>\u00HH</c> while the file
/// streams through. The exporter (<c>SerializeString</c> in
/// <c>telegramdesktop/tdesktop:Telegram/SourceFiles/export/output/export_output_json.cpp</c>) writes
/// C0 control characters other than <c>\n \r \t</c> that way, and one such character makes
/// System.Text.Json reject the whole file (docs/formats.md#telegram-traps). An <c>x</c> is an escape only after an
/// odd run of backslashes (<c>\\x</c> is a backslash followed by x), which is tracked across reads.
/// </summary>
internal sealed class TelegramEscapeRepairStream(Stream inner) : ReadOnlyStream(inner)
{
    private const int ChunkSize = 64 * 1024;

    private readonly byte[] _raw = new byte[ChunkSize];

    // Worst case every byte is the x of an escape: one byte becomes three.
    private readonly byte[] _out = new byte[ChunkSize * 3];
    private int _outStart;
    private int _outEnd;
    private int _backslashes;

    /// <summary>How many escapes were rewritten so far (each adds two bytes to the stream).</summary>
    public long Repairs { get; private set; }

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        if (buffer.Length == 0)
        {
            return 0;
        }

        if (_outStart == _outEnd && !Fill())
        {
            return 0;
        }

        var n = Math.Min(buffer.Length, _outEnd - _outStart);
        _out.AsSpan(_outStart, n).CopyTo(buffer);
        _outStart += n;
        return n;
    }

    private bool Fill()
    {
        var read = Inner.Read(_raw, 0, _raw.Length);
        _outStart = 0;
        _outEnd = 0;
        foreach (var b in _raw.AsSpan(0, read))
        {
            if (b == (byte)'x' && (_backslashes & 1) == 1)
            {
                Repairs++;
                _out[_outEnd++] = (byte)'u';
                _out[_outEnd++] = (byte)'0';
                _out[_outEnd++] = (byte)'0';
            }
            else
            {
                _out[_outEnd++] = b;
            }

            _backslashes = b == (byte)'\\' ? _backslashes + 1 : 0;
        }

        return read > 0;
    }
}
