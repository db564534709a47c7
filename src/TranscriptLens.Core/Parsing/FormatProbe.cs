using System.IO.Compression;
using System.Text;

namespace TranscriptLens.Core.Parsing;

/// <summary>
/// What format detection and the parsers' first look need: the name, the first 64 KiB (raw and
/// decoded), and the entry names of a zip. Read once per input (<see cref="ChatInput.Probe"/>): the
/// registry sniffs it, and parsers take the zip signature, the BOM and the head from it instead of
/// opening the file again.
/// </summary>
/// <param name="Name">File name (for the extension).</param>
/// <param name="Head">The first bytes of the file (at most <see cref="HeadSize"/>).</param>
/// <param name="HeadText">The first bytes decoded (BOM-aware: UTF-8, or UTF-16 with a BOM), without a BOM.</param>
/// <param name="ZipEntries">Entry names when the file is a zip archive, else empty.</param>
public sealed record FormatProbe(string Name, byte[] Head, string HeadText, IReadOnlyList<string> ZipEntries)
{
    /// <summary>How many bytes the probe holds: enough to see a header row, a root element or many WhatsApp lines.</summary>
    public const int HeadSize = 64 * 1024;

    /// <summary>True when the file starts with the zip signature (<c>PK\x03\x04</c>).</summary>
    public bool IsZip => IsZipSignature(Head);

    /// <summary>True when the whole file fits in <see cref="Head"/>.</summary>
    public bool IsWhole => Head.Length < HeadSize;

    /// <summary>Reads the probe from an input (one open; a second only to list a zip's entries).</summary>
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
        if (IsZipSignature(head))
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

    /// <summary>True when <paramref name="head"/> starts with the zip signature.</summary>
    public static bool IsZipSignature(ReadOnlySpan<byte> head) => head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]);

    /// <summary>Decodes the head with BOM detection; invalid UTF-8 becomes U+FFFD.</summary>
    public static string DecodeHead(byte[] head)
    {
        var (encoding, bom) = ByteOrderMark.Detect(head);
        var body = head.AsSpan(bom);
        return encoding switch
        {
            UTF32Encoding => encoding.GetString(body[..(body.Length & ~3)]),
            UnicodeEncoding => encoding.GetString(body[..(body.Length & ~1)]),
            _ => Encoding.UTF8.GetString(body),
        };
    }
}
