using System.IO.Compression;
using System.Text;
using TranscriptLens.Core.Diagnostics;

namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// Where the chat text of an input is — the file itself, or an entry of a zip — and how to open it,
/// once per pass. Zip entries are streamed, never extracted to disk. The encoding comes from the
/// byte-order mark (UTF-8, UTF-16 LE/BE); without one the text is UTF-8 and invalid bytes become U+FFFD.
/// </summary>
internal sealed class WhatsAppSource
{
    private const int ReadBuffer = 1 << 16;

    private readonly ChatInput _input;
    private readonly string? _entry;

    private WhatsAppSource(ChatInput input, string? entry)
    {
        _input = input;
        _entry = entry;
        Name = entry is null ? input.Name : $"{input.Name}!{entry}";
    }

    /// <summary>Tolerant UTF-8 for text without a byte-order mark: invalid bytes become U+FFFD.</summary>
    private static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The name diagnostics use: <c>file.txt</c>, or <c>file.zip!_chat.txt</c>.</summary>
    public string Name { get; }

    /// <summary>Finds the chat text of <paramref name="input"/>; a zip without one is an input error.</summary>
    public static WhatsAppSource Resolve(ChatInput input)
    {
        var probe = input.Probe;
        if (probe.Head.Length == 0)
        {
            throw new InputFormatException(input.Name, "the file is empty; expected a WhatsApp chat export");
        }

        if (!probe.IsZip)
        {
            return new WhatsAppSource(input, null);
        }

        var head = new byte[1];

        using var archive = OpenArchive(input.Name, input.Open());
        var entry = WhatsAppArchive.FindChat(archive) ?? throw new InputFormatException(input.Name,
            $"the zip archive holds no WhatsApp chat; expected {WhatsAppArchive.IosChatName} or 'WhatsApp Chat with NAME.txt' "
            + $"(entries: {string.Join(", ", archive.Entries.Take(5).Select(e => e.FullName))}{(archive.Entries.Count > 5 ? ", …" : string.Empty)})");
        using var entryStream = entry.Open();
        if (entryStream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == 0)
        {
            throw new InputFormatException($"{input.Name}!{entry.FullName}", "the chat file is empty; expected a WhatsApp chat export");
        }

        return new WhatsAppSource(input, entry.FullName);
    }

    /// <summary>Opens the chat as text from its start (BOM-aware); dispose it to close the file and archive.</summary>
    public TextReader OpenText() => new StreamReader(OpenBytes(), Utf8, detectEncodingFromByteOrderMarks: true, ReadBuffer);

    private Stream OpenBytes()
    {
        if (_entry is null)
        {
            return _input.Open();
        }

        var archive = OpenArchive(_input.Name, _input.Open());
        var entry = archive.GetEntry(_entry) ?? throw new InputFormatException(Name, "the chat entry disappeared from the archive");
        return new ArchiveEntryStream(archive, entry.Open());
    }

    /// <summary>
    /// The byte length of the chat text when it can be read in separate byte ranges: a plain,
    /// seekable UTF-8 file (with or without a BOM). Null for zip entries and UTF-16 text.
    /// </summary>
    public long? SplittableLength()
    {
        if (_entry is not null)
        {
            return null;
        }

        if (ByteOrderMark.IsWide(_input.Probe.Head))
        {
            return null;
        }

        if (_input.Length is { } known)
        {
            return known;
        }

        using var stream = _input.Open();
        return stream.CanSeek ? stream.Length : null;
    }

    /// <summary>
    /// The first line start at or after byte <paramref name="near"/> (after the next LF, CR or CRLF),
    /// or null when no line ends within <paramref name="searchBytes"/> bytes or before the end.
    /// Only for <see cref="SplittableLength"/> sources: in UTF-8 a CR or LF byte is always a character.
    /// </summary>
    public long? LineStartAfter(long near, int searchBytes = 1 << 20)
    {
        using var stream = _input.Open();
        stream.Seek(near, SeekOrigin.Begin);
        var buffer = new byte[searchBytes + 1];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var end = buffer.AsSpan(0, Math.Min(read, searchBytes)).IndexOfAny((byte)'\r', (byte)'\n');
        if (end < 0 || end + 1 >= read)
        {
            return null;
        }

        var next = end + 1;
        if (buffer[end] == '\r' && buffer[next] == '\n')
        {
            next++;
        }

        return next < read ? near + next : null;
    }

    /// <summary>
    /// Opens bytes <paramref name="start"/> to <paramref name="end"/> of a <see cref="SplittableLength"/>
    /// source as UTF-8 text; a range not at the start of the file must begin at a line start.
    /// </summary>
    public TextReader OpenText(long start, long end)
    {
        var stream = _input.Open();
        stream.Seek(start, SeekOrigin.Begin);
        return new StreamReader(new StreamSlice(stream, end - start), Utf8, detectEncodingFromByteOrderMarks: start == 0, ReadBuffer);
    }

    private static ZipArchive OpenArchive(string name, Stream stream)
    {
        try
        {
            return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException e)
        {
            stream.Dispose();
            throw new InputFormatException(name, $"the zip archive is damaged: {e.Message}");
        }
    }
}
