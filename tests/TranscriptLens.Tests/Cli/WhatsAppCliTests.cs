using System.Text.Json;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Cli;

/// <summary>The real <c>transcriptlens parse</c> pipeline on the WhatsApp samples and on bad input.</summary>
public sealed class WhatsAppCliTests
{
    private static readonly string[] Required = ["index", "timestamp", "sender", "text", "kind", "line"];
    private static readonly string[] Optional = ["attachment", "edited"];

    [Theory]
    [InlineData("whatsapp-android-en-us-12h.txt", "Maya", "Jordan")]
    [InlineData("whatsapp-ios-de-24h.zip", "Lena", "Jonas")]
    public async Task Parses_a_sample_to_json_lines_with_the_documented_fields(string sample, string carrier, string other)
    {
        var run = await CliRun.RunAsync("parse", RepoPaths.Sample(sample));

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 600, $"only {lines.Length} messages");
        var senders = new Dictionary<string, int>(StringComparer.Ordinal);
        var previous = string.Empty;
        for (var i = 0; i < lines.Length; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
            Assert.Equal(Required, names.Take(Required.Length));
            Assert.All(names.Skip(Required.Length), n => Assert.Contains(n, Optional));
            Assert.Equal(i, json.RootElement.GetProperty("index").GetInt32());
            var timestamp = json.RootElement.GetProperty("timestamp").GetString()!;
            Assert.True(string.CompareOrdinal(previous, timestamp) <= 0, $"line {i} is out of time order");
            previous = timestamp;
            if (json.RootElement.GetProperty("sender").GetString() is { } sender)
            {
                senders[sender] = senders.GetValueOrDefault(sender) + 1;
            }
        }

        Assert.Equal(new[] { carrier, other }.Order(StringComparer.Ordinal), senders.Keys.Order(StringComparer.Ordinal));
        Assert.True(senders[carrier] > senders[other] * 1.3, "the sample's carrier should write noticeably more");
        Assert.True(senders[other] >= 200, "a few hundred messages each");
        Assert.Contains("parsed", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_chat_exits_3_with_one_line_naming_it()
    {
        var path = Path.Combine(RepoPaths.TempDirectory(), "notes.txt");
        await File.WriteAllTextAsync(path, "shopping list\n- milk\n- bread\n");

        var run = await CliRun.RunAsync("parse", path, "--format", "whatsapp");

        Assert.Equal(3, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(path, line, StringComparison.Ordinal);
        Assert.Contains("no WhatsApp message header found", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public async Task A_binary_file_exits_3_without_a_stack_trace()
    {
        var path = Path.Combine(RepoPaths.TempDirectory(), "photo.jpg");
        var bytes = new byte[8192];
        new Random(3).NextBytes(bytes);
        await File.WriteAllBytesAsync(path, bytes);

        var run = await CliRun.RunAsync("parse", path);

        Assert.Equal(3, run.ExitCode);
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(path, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_forced_to_whatsapp_exits_3()
    {
        var path = Path.Combine(RepoPaths.TempDirectory(), "empty.txt");
        await File.WriteAllTextAsync(path, string.Empty);

        var run = await CliRun.RunAsync("parse", path, "--format", "whatsapp");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("empty", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_whatsapp_among_the_formats()
    {
        var run = await CliRun.RunAsync("formats");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("whatsapp", run.Stdout, StringComparison.Ordinal);
    }
}
