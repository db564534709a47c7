using TranscriptLens.Cli.Hosting;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Cli.Commands;

public sealed class BatchOutputLinkTests
{
    [Fact]
    public async Task An_out_dir_that_links_to_the_input_folder_is_refused_and_no_export_is_touched()
    {
        // chat.json is a Telegram export; the batch report of the export "chat" would be chat.json.
        var root = RepoPaths.TempDirectory();
        var input = Path.Combine(root, "in");
        Directory.CreateDirectory(input);
        File.Copy(RepoPaths.Sample("chat.csv"), Path.Combine(input, "chat"));
        File.Copy(RepoPaths.Sample("telegram-result.json"), Path.Combine(input, "chat.json"));
        var before = File.ReadAllBytes(Path.Combine(input, "chat.json"));
        var link = Path.Combine(root, "out");
        Directory.CreateSymbolicLink(link, input);

        var run = await CliRun.RunAsync("analyze", input, "--out-dir", link);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"--json {link}: is the input directory", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(input, "chat.json")));
        Assert.Equal(["chat", "chat.json"], Directory.GetFiles(input).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
