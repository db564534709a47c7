using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TranscriptLens.Core.Tagging;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing.Discord;

public sealed class DiscordCliTests
{
    [Fact]
    public async Task Analyze_detects_a_discord_dm_and_reports_both_people()
    {
        var json = Path.Combine(RepoPaths.TempDirectory(), "report.json");

        var run = await CliRun.RunAsync(
            services => services.AddSingleton<ITaggerProvider>(new BaselineTaggerProvider()),
            "analyze", RepoPaths.Fixture("discord", "dm.json"), "--json", json);

        // dm.json: 8 messages, one of them the call (system, not analysed); Lena and tomasz.b (see DiscordGoldenTests).
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("analyzed 7 message(s) in 1 conversation(s)", run.Stderr, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal("dm.json", report.RootElement.GetProperty("source").GetString());
        Assert.Equal(7, report.RootElement.GetProperty("totals").GetProperty("messages").GetInt32());
        Assert.Equal(1, report.RootElement.GetProperty("totals").GetProperty("system_messages").GetInt32());
        Assert.Equal(["Lena", "tomasz.b"], report.RootElement.GetProperty("participants").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_forced_discord_read_of_a_text_file_exits_3_without_echoing_it()
    {
        var path = Path.Combine(RepoPaths.TempDirectory(), "notes.txt");
        await File.WriteAllTextAsync(path, "my private diary entry that must not be echoed\nsecond line\n");

        var run = await CliRun.RunAsync("parse", path, "--format", "discord");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("notes.txt", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("diary", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_telegram_export_forced_as_discord_exits_3_instead_of_reading_it_as_damage()
    {
        var run = await CliRun.RunAsync("parse", RepoPaths.Fixture("telegram", "single-chat.json"), "--format", "discord");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("not a DiscordChatExporter export", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_discord_export_exits_3_naming_the_byte()
    {
        var text = await File.ReadAllTextAsync(RepoPaths.Fixture("discord", "dm.json"));
        var path = Path.Combine(RepoPaths.TempDirectory(), "dm.json");
        await File.WriteAllTextAsync(path, text[..3000]);

        var run = await CliRun.RunAsync("parse", path);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("at byte", run.Stderr, StringComparison.Ordinal);
    }
}
