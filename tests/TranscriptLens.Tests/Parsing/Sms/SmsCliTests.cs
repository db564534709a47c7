using System.Text.Json.Nodes;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing.Sms;

public sealed class SmsCliTests
{
    private static readonly string Backup = RepoPaths.Fixture("sms", "backup.xml");

    private static List<JsonNode> Lines(CliRun run) =>
        run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();

    [Fact]
    public async Task Detects_the_backup_and_writes_every_thread()
    {
        var run = await CliRun.RunAsync("parse", Backup);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(8, Lines(run).Count);
        Assert.Contains("3 threads", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thread_option_keeps_one_thread_and_me_names_the_sent_messages()
    {
        var run = await CliRun.RunAsync("parse", Backup, "--thread", "+49 151 12345678", "--me", "Tomás");

        Assert.Equal(0, run.ExitCode);
        var lines = Lines(run);
        Assert.Equal(5, lines.Count);
        Assert.All(lines, l => Assert.Equal("Lena Vogel", (string?)l["thread"]));
        Assert.Equal(["Lena Vogel", "Tomás", "Lena Vogel", "Lena Vogel", "Tomás"], lines.Select(l => (string?)l["sender"]));
    }

    [Fact]
    public async Task Unknown_thread_exits_2_listing_the_threads()
    {
        var run = await CliRun.RunAsync("parse", Backup, "--thread", "Nobody");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Lena Vogel (5)", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timezone_converts_instants_with_the_offset_of_each_date()
    {
        var run = await CliRun.RunAsync("parse", Backup, "--timezone", "Europe/Berlin", "--thread", "Lena Vogel");

        Assert.Equal(0, run.ExitCode);
        var stamps = Lines(run).Select(l => (string?)l["timestamp"]).ToList();
        Assert.Equal("2024-03-30T20:42:10+01:00", stamps[0]);
        Assert.Equal("2024-03-31T11:16:02+02:00", stamps[^1]);
    }

    [Fact]
    public async Task Truncated_backup_exits_0_with_the_error_on_stderr()
    {
        var run = await CliRun.RunAsync("parse", RepoPaths.Fixture("sms", "truncated.xml"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(5, Lines(run).Count);
        Assert.Contains("error: the XML breaks off", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("1 error(s)", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_file_forced_as_sms_exits_3()
    {
        var path = Path.Combine(RepoPaths.TempDirectory(), "empty.xml");
        await File.WriteAllTextAsync(path, string.Empty);

        var run = await CliRun.RunAsync("parse", path, "--format", "sms");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("empty", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_csv_with_out()
    {
        var output = Path.Combine(RepoPaths.TempDirectory(), "sms.csv");

        var run = await CliRun.RunAsync("parse", Backup, "--out", output);

        Assert.Equal(0, run.ExitCode);
        var lines = await File.ReadAllLinesAsync(output);
        Assert.Equal("index,timestamp,sender,text,kind,line,attachment,edited,chat,thread", lines[0]);
        Assert.Contains(lines, l => l.Contains("IMG_2041.jpg", StringComparison.Ordinal));
    }
}
