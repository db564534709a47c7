using System.IO.Compression;
using System.Text;

namespace TranscriptLens.Core.Parsing;

/// <summary>What format detection looks at: the name, the first 64 KiB decoded as text, and zip entries.</summary>
/// <param name="Name">File name (for the extension).</param>
/// <param name="Head">The first bytes of the file.</param>
/// <param name="HeadText">The first bytes decoded (BOM-aware: UTF-8, or UTF-16 with a BOM), without a BOM.</param>
/// <param name="ZipEntries">Entry names when the file is a zip archive, else empty.</param>
public sealed record FormatProbe(string Name, byte[] Head, string HeadText, IReadOnlyList<string> ZipEntries)
{
    private const int HeadSize = 64 * 1024;

    /// <summary>True when the file starts with the zip signature.</summary>
    public bool IsZip => Head.Length >= 4 && Head[0] == 0x50 && Head[1] == 0x4B && Head[2] == 0x03 && Head[3] == 0x04;

    /// <summary>Reads the probe from an input.</summary>
    public static FormatProbe Read(ChatInput input)
    {
        byte[] head;
        using (var stream = input.Open())
        {
            head = new byte[HeadSize];
            var read = stream.ReadAtLeast(head, HeadSize, throwOnEndOfStream: false);
            Array.Resize(ref head, read);
        }

        var entries = Array.Empty<string>();
        var isZip = head.Length >= 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04;
        if (isZip)
        {
            using var stream = input.Open();
            try
            {
                using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
                entries = zip.Entries.Select(e => e.FullName).ToArray();
            }
            catch (InvalidDataException)
            {
                entries = [];
            }
        }

        return new FormatProbe(input.Name, head, DecodeHead(head), entries);
    }

    /// <summary>Decodes the head with BOM detection; invalid UTF-8 becomes U+FFFD.</summary>
    public static string DecodeHead(byte[] head)
    {
        if (head.Length >= 2 && head[0] == 0xFF && head[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(head, 2, (head.Length - 2) & ~1);
        }

        if (head.Length >= 2 && head[0] == 0xFE && head[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(head, 2, (head.Length - 2) & ~1);
        }

        var offset = head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(head, offset, head.Length - offset);
    }
}
