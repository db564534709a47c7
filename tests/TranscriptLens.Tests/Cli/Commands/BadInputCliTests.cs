using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Cli.Commands;

/// <summary>Unreadable input ends in one clear line on stderr and exit code 3, whatever format is asked for.</summary>
public sealed class BadInputCliTests
{
    private static async Task<string> Write(string name, byte[] bytes)
    {
        var path = Path.Combine(RepoPaths.TempDirectory(), name);
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }

    private static byte[] Binary() => Enumerable.Range(0, 5000).Select(i => (byte)((i * 7919) % 251)).ToArray();

    [Theory]
    [InlineData(null)]
    [InlineData("sms")]
    [InlineData("telegram")]
    [InlineData("csv")]
    public async Task Binary_file_exits_3_without_a_stack_trace(string? format)
    {
        var path = await Write("blob.dat", Binary());

        var run = format is null ? await CliRun.RunAsync("parse", path) : await CliRun.RunAsync("parse", path, "--format", format);

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith("transcriptlens: error: ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sms")]
    [InlineData("telegram")]
    [InlineData("csv")]
    public async Task Empty_file_exits_3_saying_it_is_empty(string format)
    {
        var path = await Write("empty.dat", []);

        var run = await CliRun.RunAsync("parse", path, "--format", format);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("empty", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_cut_off_before_its_first_message_exits_3_with_the_line()
    {
        var path = await Write("cut.xml", "<?xml version='1.0'?>\n<smses count=\"3\">\n  <sms date=\"1"u8.ToArray());

        var run = await CliRun.RunAsync("parse", path);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("cut.xml:3:", run.Stderr, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task Empty_backup_exits_0_with_a_note()
    {
        var run = await CliRun.RunAsync("parse", SharedData.PeerFixture("sms-backup-reader-2", "e2e-fixtures", "empty.xml"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains("note: the backup holds no messages", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_without_the_required_columns_exits_3_naming_them()
    {
        var path = await Write("x.csv", "when,who,what\n2024-03-14,Ana,hi\n"u8.ToArray());

        var run = await CliRun.RunAsync("parse", path, "--format", "csv");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("found: when, who, what", run.Stderr, StringComparison.Ordinal);
    }
}
