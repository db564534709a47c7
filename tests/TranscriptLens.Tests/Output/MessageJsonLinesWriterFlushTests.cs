using System.Text;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Output;

namespace TranscriptLens.Tests.Output;

public sealed class MessageJsonLinesWriterFlushTests
{
    [Fact]
    public void Does_not_flush_the_stream_once_per_message()
    {
        // Regression: Utf8JsonWriter.Flush() on a stream-backed writer also flushes the stream, which
        // made `parse --out` issue one write system call per message.
        using var stream = new FlushCountingStream();
        using (var writer = new MessageJsonLinesWriter(stream))
        {
            for (var i = 0; i < 3; i++)
            {
                writer.Write(new Message(i, ChatTime.Naive(new DateTime(2024, 3, 14, 21, i, 0)), "Ana", $"hi {i}", MessageKind.Text) { Line = i + 1 });
            }
        }

        Assert.Equal(0, stream.Flushes);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal("""{"index":2,"timestamp":"2024-03-14T21:02:00","sender":"Ana","text":"hi 2","kind":"text","line":3}""", lines[2]);
        Assert.Equal(string.Empty, lines[3]);
    }

    private sealed class FlushCountingStream : MemoryStream
    {
        public int Flushes { get; private set; }

        public override void Flush()
        {
            Flushes++;
            base.Flush();
        }
    }
}
