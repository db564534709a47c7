namespace TranscriptLens.Core.Parsing;

/// <summary>
/// A read-only view of the next <c>length</c> bytes of a stream, so that one part of a file can be
/// read by a reader of its own (the WhatsApp survey reads two halves of a large export in parallel).
/// Closes the inner stream when disposed.
/// </summary>
internal sealed class StreamSlice(Stream inner, long length) : ReadOnlyStream(inner)
{
    private long _remaining = length;

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        if (_remaining <= 0)
        {
            return 0;
        }

        var read = Inner.Read(buffer[..(int)Math.Min(buffer.Length, _remaining)]);
        _remaining -= read;
        return read;
    }
}
