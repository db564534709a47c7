using System.IO.Compression;

namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>A read-only zip entry stream that also closes its archive (and the file under it).</summary>
internal sealed class ArchiveEntryStream(ZipArchive archive, Stream entry) : ReadOnlyStream(entry)
{
    /// <inheritdoc />
    public override int Read(Span<byte> buffer) => Inner.Read(buffer);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            archive.Dispose();
        }
    }
}
