using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Cli;

public sealed class CliBasicsTests
{
    [Fact]
    public async Task Help_lists_the_commands()
    {
        var run = await CliRun.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("formats", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("parse", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_input_file_is_a_usage_error_with_exit_code_2()
    {
        var run = await CliRun.RunAsync("parse", "/no/such/file.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/no/such/file.txt", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_option_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("formats", "--no-such-option");

        Assert.Equal(2, run.ExitCode);
    }
}
