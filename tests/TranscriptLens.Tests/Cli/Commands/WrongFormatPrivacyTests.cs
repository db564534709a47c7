using TranscriptLens.Cli.Hosting;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Cli.Commands;

public sealed class WrongFormatPrivacyTests
{
    [Fact]
    public async Task A_csv_forced_as_telegram_is_refused_without_echoing_the_chat()
    {
        var run = await CliRun.RunAsync("parse", RepoPaths.Sample("chat.csv"), "--format", "telegram");

        // The error names the file and what is wrong in one short line; the chat's messages
        // ("is the thing on friday still happening?", the second row) never reach stderr.
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        var line = Assert.Single(run.Stderr.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.StartsWith("transcriptlens: error: ", line, StringComparison.Ordinal);
        Assert.Contains("chat.csv:1: the JSON is not valid at byte", line, StringComparison.Ordinal);
        Assert.DoesNotContain("friday", line, StringComparison.Ordinal);
        Assert.True(line.Length < 300, $"{line.Length} characters: {line}");
    }

    [Fact]
    public async Task Evaluating_an_unlabelled_csv_names_the_missing_columns_in_one_line()
    {
        var run = await CliRun.RunAsync("evaluate", "--data", RepoPaths.Sample("chat.csv"));

        // chat.csv has timestamp, sender, text, kind, attachment: of the labelled columns it has
        // sender and text only.
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        var line = Assert.Single(run.Stderr.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.EndsWith(
            "chat.csv:1: the header row has no conv, i, ts, initiating, engagement column; expected the columns conv, i, ts, sender, text, initiating, engagement",
            line, StringComparison.Ordinal);
    }
}
