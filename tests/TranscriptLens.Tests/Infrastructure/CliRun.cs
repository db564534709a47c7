using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TranscriptLens.Cli;
using TranscriptLens.Cli.Hosting;

namespace TranscriptLens.Tests.Infrastructure;

/// <summary>The result of running the real CLI entry point in-process.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Runs <c>transcriptlens</c> with <paramref name="args"/>, capturing stdout (text and bytes) and stderr.</summary>
    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(null, args);

    /// <summary>
    /// Runs <c>transcriptlens</c> with extra service registrations applied after the defaults (a
    /// deterministic tagger, a test parser), capturing stdout and stderr.
    /// </summary>
    public static async Task<CliRun> RunAsync(Action<IServiceCollection>? configure, params string[] args)
    {
        var outText = new StringWriter();
        var errText = new StringWriter();
        var outBytes = new MemoryStream();
        var console = new CliConsole(outText, errText, () => new NonClosingStream(outBytes));
        var code = await CliApp.RunAsync(args, console, configure);
        var stdout = outText.ToString() + Encoding.UTF8.GetString(outBytes.ToArray());
        return new CliRun(code, stdout, errText.ToString());
    }

    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
    }
}
