using TranscriptLens.Cli;
using TranscriptLens.Cli.Hosting;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Cli;

public sealed class CancellationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tl-cancel-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("analyze", "--json")]
    [InlineData("parse", "--out")]
    [InlineData("tag", "--out")]
    public async Task A_cancelled_command_exits_130_with_one_line_and_leaves_no_output_file(string command, string option)
    {
        var output = Path.Combine(_dir, "out.json");
        var error = new StringWriter();
        var console = new CliConsole(new StringWriter(), error, () => Stream.Null);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var code = await CliApp.RunAsync(
            [command, RepoPaths.Sample("whatsapp-android-en-us-12h.txt"), option, output], console, null, cancellation.Token);

        Assert.Equal(ExitCodes.Cancelled, code);
        Assert.Equal("transcriptlens: cancelled; no output file was left half-written\n", error.ToString().ReplaceLineEndings("\n"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_dir));
    }
}
