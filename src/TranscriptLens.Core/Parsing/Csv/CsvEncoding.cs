using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace TranscriptLens.Core.Parsing.Csv;

/// <summary>
/// The text encoding of a CSV file: a byte order mark decides (UTF-8, UTF-16 LE/BE); without one,
/// UTF-8 when the first 64 KiB are valid UTF-8, else Windows-1252 (what Excel saves as "CSV" on
/// Western European Windows; docs/formats.md#csv-traps).
/// </summary>
internal static class CsvEncoding
{
    private const int ProbeSize = 64 * 1024;

    /// <summary>The encoding to read <paramref name="input"/> with, and whether it is the Windows-1252 fallback.</summary>
    public static (Encoding Encoding, bool Fallback) Detect(ChatInput input)
    {
        var head = new byte[ProbeSize];
        int length;
        using (var stream = input.Open())
        {
            length = stream.ReadAtLeast(head, ProbeSize, throwOnEndOfStream: false);
        }

        var bytes = head.AsSpan(0, length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, false);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, false);
        }

        return IsUtf8(bytes, final: length < ProbeSize)
            ? (new UTF8Encoding(false), false)
            : (CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1, true);
    }

    /// <summary>Opens <paramref name="input"/> as text (a BOM is consumed, never part of the first column name).</summary>
    public static TextReader Open(ChatInput input, Encoding encoding) =>
        new StreamReader(input.Open(), encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    private static bool IsUtf8(ReadOnlySpan<byte> bytes, bool final)
    {
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            // A multi-byte sequence cut by the end of the probe is NeedMoreData, not invalid.
            var status = Utf8.ToUtf16(bytes, chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: final);
            return status != OperationStatus.InvalidData;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
