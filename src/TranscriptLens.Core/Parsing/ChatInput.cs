using System.Text;

namespace TranscriptLens.Core.Parsing;

/// <summary>
/// An export to read: a display name (for diagnostics) and a way to open it. Parsers may open it
/// more than once (WhatsApp decides the date order from a first pass over the headers), so a
/// source is a factory of streams, not a stream.
/// </summary>
/// <param name="name">The file name or path shown in diagnostics.</param>
/// <param name="open">Opens a fresh read-only stream positioned at the start.</param>
/// <param name="length">The byte length when it is known without opening (a file, bytes in memory), else null.</param>
public sealed class ChatInput(string name, Func<Stream> open, Func<long>? length = null)
{
    private FormatProbe? _probe;

    /// <summary>The file name or path shown in diagnostics.</summary>
    public string Name { get; } = name;

    /// <summary>Opens a fresh read-only stream positioned at the start.</summary>
    public Stream Open() => open();

    /// <summary>
    /// The first bytes and zip entries, read on first use and kept: detection and the parser's first
    /// look share one read of the head. Not thread-safe; an input is read by one pipeline at a time.
    /// </summary>
    public FormatProbe Probe => _probe ??= FormatProbe.Read(this);

    /// <summary>
    /// The byte length of a seekable input, known without opening it (a file's size, the bytes in
    /// memory); null when the input cannot tell (a stream of unknown length).
    /// </summary>
    public long? Length => length?.Invoke();

    /// <summary>A file on disk, opened read-only and shared.</summary>
    public static ChatInput FromFile(string path) => new(path, () => new FileStream(
        path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan), () => new FileInfo(path).Length);

    /// <summary>Bytes in memory (tests, zip entries).</summary>
    public static ChatInput FromBytes(string name, byte[] bytes) => new(name, () => new MemoryStream(bytes, writable: false), () => bytes.Length);

    /// <summary>Text in memory, encoded as UTF-8 without a BOM (tests).</summary>
    public static ChatInput FromText(string name, string text) => FromBytes(name, Encoding.UTF8.GetBytes(text));
}
