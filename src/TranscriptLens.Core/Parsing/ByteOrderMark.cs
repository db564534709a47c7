using System.Text;

namespace TranscriptLens.Core.Parsing;

/// <summary>
/// The one reading of a byte-order mark: UTF-8, UTF-16 and UTF-32, little- or big-endian.
/// Without one, exports are UTF-8 (CSV may fall back to Windows-1252, docs/formats.md#csv-traps).
/// </summary>
public static class ByteOrderMark
{
    private static readonly Encoding Utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: true);

    /// <summary>The encoding a BOM at the start of <paramref name="head"/> declares, and the BOM's length; null and 0 without one.</summary>
    public static (Encoding? Encoding, int Length) Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8, 3);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (Encoding.UTF32, 4);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (Utf32BigEndian, 4);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        return (null, 0);
    }

    /// <summary>True when the text is UTF-16 or UTF-32 by its BOM: a CR or LF byte is then not always a character.</summary>
    public static bool IsWide(ReadOnlySpan<byte> head) => Detect(head).Encoding is { } e && e is not UTF8Encoding;
}
