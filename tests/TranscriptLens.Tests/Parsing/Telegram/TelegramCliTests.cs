using System.Text.Json.Nodes;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing.Telegram;

public sealed class TelegramCliTests
{
    private static readonly string FullExport = RepoPaths.Fixture("telegram", "full-export.json");

    [Fact]
    public async Task Chat_option_keeps_one_chat_of_a_full_export()
    {
        var run = await CliRun.RunAsync("parse", FullExport, "--chat", "mira patel");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(["are we still on for saturday?", "yes"], lines.Select(l => (string?)l["text"]));
        Assert.All(lines, l => Assert.Equal("Mira Patel", (string?)l["chat"]));
    }

    [Fact]
    public async Task Unknown_chat_exits_2()
    {
        var run = await CliRun.RunAsync("parse", FullExport, "--chat", "Nobody");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Book club", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Truncated_export_exits_3_naming_the_byte()
    {
        var text = await File.ReadAllTextAsync(RepoPaths.Fixture("telegram", "single-chat.json"));
        var path = Path.Combine(RepoPaths.TempDirectory(), "result.json");
        await File.WriteAllTextAsync(path, text[..1500]);

        var run = await CliRun.RunAsync("parse", path);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("at byte", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }
}
