using System.Text.Json;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Cli.Commands;

public sealed class TagCommandTests
{
    // Android, en-US, 24 h; detected as WhatsApp by the shipped registry (no --format).
    private const string WhatsApp =
        "02/03/2024, 21:14 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\n"
        + "02/03/2024, 21:14 - Maya: can I tell you something? I got the job and I'm weirdly scared about it, like I don't deserve it\n"
        + "02/03/2024, 21:20 - Tom: ok\n"
        + "02/03/2024, 21:21 - Maya: that's it?\n"
        + "02/03/2024, 21:25 - Tom: idk what you want me to say\n"
        + "02/03/2024, 21:26 - Tom: <Media omitted>\n"
        + "03/03/2024, 09:02 - Maya: morning! are we still on for lunch at 1?\n"
        + "03/03/2024, 09:03 - Tom: This message was deleted\n"
        + "03/03/2024, 09:05 - Tom: yes, the usual place\n";

    private static string ChatFile()
    {
        var path = Path.Combine(RepoPaths.TempDirectory(), "chat.txt");
        File.WriteAllText(path, WhatsApp);
        return path;
    }

    [Fact]
    public async Task Tag_writes_every_message_with_its_tags_using_the_shipped_models()
    {
        var run = await CliRun.RunAsync("tag", ChatFile());

        Assert.True(run.ExitCode == 0, run.Stderr);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(9, lines.Count);
        Assert.Equal(JsonValueKind.Null, lines[0].GetProperty("engagement").ValueKind);
        Assert.Equal(JsonValueKind.Null, lines[0].GetProperty("initiating").ValueKind);
        Assert.True(lines[1].GetProperty("initiating").GetBoolean());
        Assert.Equal("explaining", lines[1].GetProperty("engagement").GetString());
        Assert.Equal("minimal", lines[2].GetProperty("engagement").GetString());
        Assert.Equal("minimal", lines[5].GetProperty("engagement").GetString());
        Assert.Equal(1.0, lines[5].GetProperty("confidence").GetDouble());
        Assert.True(lines[6].GetProperty("initiating").GetBoolean());
        Assert.Equal(JsonValueKind.Null, lines[7].GetProperty("engagement").ValueKind);
        Assert.All(lines.Where(l => l.GetProperty("engagement").ValueKind != JsonValueKind.Null),
            l => Assert.InRange(l.GetProperty("confidence").GetDouble(), 0.25, 1.0));
    }

    [Fact]
    public async Task Tag_writes_csv_when_the_output_file_ends_in_csv()
    {
        var output = Path.Combine(RepoPaths.TempDirectory(), "tagged.csv");
        var run = await CliRun.RunAsync("tag", ChatFile(), "--out", output);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var header = File.ReadLines(output).First();
        Assert.EndsWith("initiating,engagement,confidence", header, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_model_is_exit_code_4_with_one_clear_line()
    {
        var run = await CliRun.RunAsync("tag", ChatFile(), "--models", RepoPaths.TempDirectory());

        Assert.Equal(4, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("engagement.zip: model file not found", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_model_is_exit_code_4_with_one_clear_line()
    {
        var models = RepoPaths.TempDirectory();
        File.WriteAllBytes(Path.Combine(models, "engagement.zip"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        File.WriteAllBytes(Path.Combine(models, "initiating.zip"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);

        var run = await CliRun.RunAsync("tag", ChatFile(), "--models", models);

        Assert.Equal(4, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("not a readable model file", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }
}
