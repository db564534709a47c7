using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace TranscriptLens.Core.Parsing.Csv;

/// <summary>
/// The text encoding of a CSV file: a byte order mark decides (UTF-8, UTF-16 LE/BE); without one,
/// UTF-8 when the first 64 KiB (the input's probe) are valid UTF-8, else Windows-1252 (what Excel saves as "CSV" on
/// Western European Windows; docs/formats.md#csv-traps).
/// </summary>
internal static class CsvEncoding
{
    /// <summary>The encoding to read <paramref name="input"/> with, and whether it is the Windows-1252 fallback.</summary>
    public static (Encoding Encoding, bool Fallback) Detect(ChatInput input)
    {
        var probe = input.Probe;
        if (ByteOrderMark.Detect(probe.Head).Encoding is { } declared and not UTF8Encoding)
        {
            return (declared, false);
        }

        return IsUtf8(probe.Head, final: probe.IsWhole)
            ? (new UTF8Encoding(false), false)
            : (CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1, true);
    }

    /// <summary>
    /// The header row: read from the input's probe when the row ends inside it (always, in practice),
    /// so the file is not opened again just for its first line.
    /// </summary>
    public static string? FirstLine(ChatInput input, Encoding encoding)
    {
        var head = input.Probe.Head;
        var ends = input.Probe.IsWhole || head.AsSpan().IndexOfAny((byte)'\n', (byte)'\r') >= 0;
        using var reader = ends
            ? new StreamReader(new MemoryStream(head, writable: false), encoding, detectEncodingFromByteOrderMarks: true)
            : Open(input, encoding);
        return reader.ReadLine();
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
