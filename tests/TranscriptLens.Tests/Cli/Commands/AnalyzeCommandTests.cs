using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TranscriptLens.Core.Rendering;
using TranscriptLens.Core.Reports;
using TranscriptLens.Core.Tagging;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Cli.Commands;

/// <summary>
/// <c>transcriptlens analyze</c> end to end on a CSV export (parsed by the shipped registry) with the
/// shipped keyword baseline as tagger.
/// </summary>
public sealed class AnalyzeCommandTests
{
    // Tags by KeywordBaselineTagger, worked out by hand (KeywordLists; session gap 4 h, follow-up gap 1 h):
    //   line 2  system                                    untagged
    //   line 3  Alex "hey, how are you?"                  initiating (first message)   neutral (4 words)
    //   line 4  Sam  "ok"                                 -                            minimal
    //   line 5  Alex "rough day because work…"            -                            explaining (6 words + "because")
    //   line 6  Alex "you there?"    9 h 48 m later       initiating (session start)   neutral (2 words)
    //   line 7  Alex "hello?"        1 h 40 m, own last   initiating (follow-up)       neutral ("hello" is no acknowledgement)
    //   line 8  Sam  "sorry, I was at the gym because…"   -                            explaining (10 words + "because")
    // Alex: initiating 3; explaining 1, minimal 0, deflecting 0, neutral 3. Sam: initiating 0; explaining 1, minimal 1.
    private const string Chat = """
        timestamp,sender,text,kind
        2024-01-01T09:00:00,,Messages are end-to-end encrypted,system
        2024-01-01T09:00:00,Alex,"hey, how are you?",text
        2024-01-01T09:10:00,Sam,ok,text
        2024-01-01T09:12:00,Alex,rough day because work was chaotic,text
        2024-01-01T19:00:00,Alex,you there?,text
        2024-01-01T20:40:00,Alex,hello?,text
        2024-01-01T20:45:00,Sam,"sorry, I was at the gym because of the game",text

        """;

    private static void WithBaselineTagger(IServiceCollection services) =>
        services.AddSingleton<ITaggerProvider>(new BaselineTaggerProvider());

    [Fact]
    public async Task Analyze_prints_the_summary_and_writes_the_json_report()
    {
        var dir = RepoPaths.TempDirectory();
        var input = Write(dir, "chat.csv", Chat);
        var json = Path.Combine(dir, "out", "report.json");

        var run = await CliRun.RunAsync(WithBaselineTagger, "analyze", input, "--json", json, "--seed", "7", "--session-gap", "4h");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Who opens the conversations", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Alex  2 of 2 sessions (100%)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("analyzed 6 message(s) in 1 conversation(s)", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("messages read", run.Stderr, StringComparison.Ordinal); // no progress when not a terminal

        using var report = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal("chat.csv", report.RootElement.GetProperty("source").GetString());
        Assert.Equal(7, report.RootElement.GetProperty("settings").GetProperty("seed").GetInt32());
        Assert.Equal(6, report.RootElement.GetProperty("totals").GetProperty("messages").GetInt32());
        Assert.Equal(1, report.RootElement.GetProperty("totals").GetProperty("system_messages").GetInt32());
        Assert.Equal("keyword-baseline", report.RootElement.GetProperty("tagger").GetString());
    }

    [Fact]
    public async Task The_baseline_tags_reach_the_participant_counts()
    {
        var dir = RepoPaths.TempDirectory();
        var input = Write(dir, "chat.csv", Chat);
        var json = Path.Combine(dir, "report.json");

        var run = await CliRun.RunAsync(WithBaselineTagger, "analyze", input, "--json", json);

        // Expected values: the table above Chat.
        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        var alex = Participant(report, "Alex");
        var sam = Participant(report, "Sam");
        Assert.Equal(3, alex.GetProperty("initiating").GetInt32());
        Assert.Equal(0, sam.GetProperty("initiating").GetInt32());
        Assert.Equal((1, 0, 0, 3), Engagement(alex));
        Assert.Equal((1, 1, 0, 0), Engagement(sam));
    }

    [Fact]
    public async Task Options_reach_the_analysis_and_the_tagger()
    {
        var dir = RepoPaths.TempDirectory();
        var input = Write(dir, "chat.csv", Chat);
        var json = Path.Combine(dir, "report.json");
        var provider = new BaselineTaggerProvider();

        var run = await CliRun.RunAsync(
            services => services.AddSingleton<ITaggerProvider>(provider),
            "analyze", input, "--json", json, "--session-gap", "12h", "--follow-up-gap", "90m", "--period", "week", "--me", "Sam", "--models", "/models/here");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("/models/here", provider.LoadedFrom);
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        var settings = report.RootElement.GetProperty("settings");
        Assert.Equal("12h", settings.GetProperty("session_gap").GetString());
        Assert.Equal("90m", settings.GetProperty("follow_up_gap").GetString());
        Assert.Equal("week", settings.GetProperty("period").GetString());
        Assert.Equal(1, report.RootElement.GetProperty("totals").GetProperty("sessions").GetInt32()); // a 12 h gap joins both
        Assert.Equal("Sam", report.RootElement.GetProperty("pairs")[0].GetProperty("a").GetString());
        Assert.Equal("2024-W01", report.RootElement.GetProperty("timeline")[0].GetProperty("period").GetString());
    }

    [Theory]
    [InlineData("--session-gap", "4 hours")]
    [InlineData("--follow-up-gap", "0m")]
    [InlineData("--period", "year")]
    public async Task Bad_option_values_are_usage_errors(string option, string value)
    {
        var input = Write(RepoPaths.TempDirectory(), "chat.csv", Chat);

        var run = await CliRun.RunAsync(WithBaselineTagger, "analyze", input, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_without_an_html_writer_is_a_usage_error_not_silently_ignored()
    {
        var dir = RepoPaths.TempDirectory();
        var input = Write(dir, "chat.csv", Chat);

        var run = await CliRun.RunAsync(
            services =>
            {
                WithBaselineTagger(services);
                // A build without the HTML report.
                foreach (var html in services.Where(d => d.ServiceType == typeof(IReportWriter) && d.ImplementationInstance is IReportWriter { Name: "html" }).ToList())
                {
                    services.Remove(html);
                }
            },
            "analyze", input, "--html", Path.Combine(dir, "r.html"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--html", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir, "r.html")));
    }

    [Fact]
    public async Task Html_is_written_through_the_registered_writer()
    {
        var dir = RepoPaths.TempDirectory();
        var input = Write(dir, "chat.csv", Chat);
        var html = Path.Combine(dir, "r.html");

        var run = await CliRun.RunAsync(
            services =>
            {
                WithBaselineTagger(services);
                services.AddSingleton<IReportWriter, StubHtmlWriter>();
            },
            "analyze", input, "--html", html);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("<p>chat.csv: 6 messages</p>", File.ReadAllText(html));
    }

    [Fact]
    public async Task Unknown_me_is_a_usage_error()
    {
        var input = Write(RepoPaths.TempDirectory(), "chat.csv", Chat);

        var run = await CliRun.RunAsync(WithBaselineTagger, "analyze", input, "--me", "Robin");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'Alex', 'Sam'", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_model_fails_with_the_model_exit_code()
    {
        // The shipped ML tagger provider, pointed at a models directory with no model in it.
        var input = Write(RepoPaths.TempDirectory(), "chat.csv", Chat);
        var models = RepoPaths.TempDirectory();

        var run = await CliRun.RunAsync("analyze", input, "--models", models);

        Assert.Equal(4, run.ExitCode);
        Assert.Contains($"{Path.Combine(models, "engagement.zip")}: model file not found", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_conversations_get_one_report_file_each()
    {
        var dir = RepoPaths.TempDirectory();
        var input = Write(dir, "backup.csv", """
            timestamp,sender,text,chat
            2024-01-01T09:00:00,Alex,hi,Sam Smith
            2024-01-01T09:01:00,Sam,hi!,Sam Smith
            2024-01-01T10:00:00,Alex,lunch?,Mum
            2024-01-01T10:05:00,Mum,yes dear,Mum

            """);
        var json = Path.Combine(dir, "report.json");

        var run = await CliRun.RunAsync(WithBaselineTagger, "analyze", input, "--json", json);

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(json));
        using var sam = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "report.sam-smith.json")));
        using var mum = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "report.mum.json")));
        Assert.Equal("Sam Smith", sam.RootElement.GetProperty("conversation").GetString());
        Assert.Equal("Mum", mum.RootElement.GetProperty("conversation").GetString());
        Assert.Contains("backup.csv — Sam Smith", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("backup.csv — Mum", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_report_never_overwrites_the_input()
    {
        var dir = RepoPaths.TempDirectory();
        var input = Write(dir, "chat.csv", Chat);

        var run = await CliRun.RunAsync(WithBaselineTagger, "analyze", input, "--json", input);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(Chat, File.ReadAllText(input));
    }

    [Fact]
    public async Task Batch_with_one_bad_file_writes_the_good_reports_and_exits_1()
    {
        var dir = RepoPaths.TempDirectory();
        var inputs = Path.Combine(dir, "exports");
        Write(inputs, "a-chat.csv", Chat);
        Write(inputs, "b-broken.txt", "this is not a chat export\n");
        Write(inputs, "c-chat.csv", Chat.Replace("Sam", "Kim", StringComparison.Ordinal));
        Write(inputs, ".hidden", "ignored");
        var output = Path.Combine(dir, "reports");

        var run = await CliRun.RunAsync(WithBaselineTagger, "analyze", inputs, "--json", output);

        Assert.Equal(1, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "a-chat.csv.json")));
        Assert.True(File.Exists(Path.Combine(output, "c-chat.csv.json")));
        Assert.False(File.Exists(Path.Combine(output, "b-broken.txt.json")));
        var errors = run.Stderr.Split('\n').Where(l => l.Contains("error", StringComparison.Ordinal)).ToList();
        Assert.Single(errors);
        Assert.Contains("b-broken.txt", errors[0], StringComparison.Ordinal);
        Assert.Contains("a-chat.csv: Alex vs Sam", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("c-chat.csv: Alex vs Kim", run.Stdout, StringComparison.Ordinal);

        var summary = File.ReadAllLines(Path.Combine(output, "summary.csv"));
        Assert.Equal(4, summary.Length); // header, two pairs, one failure
        Assert.StartsWith("a-chat.csv,,6,2,2,Alex,Sam,2,insufficient_data", summary[1], StringComparison.Ordinal);
        Assert.StartsWith("b-broken.txt,", summary[2], StringComparison.Ordinal);
        Assert.Contains(",error,", summary[2], StringComparison.Ordinal);
        Assert.StartsWith("c-chat.csv,", summary[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_that_all_succeeds_exits_0_with_out_dir()
    {
        var dir = RepoPaths.TempDirectory();
        var inputs = Path.Combine(dir, "exports");
        Write(inputs, "chat.csv", Chat);
        var output = Path.Combine(dir, "out");

        var run = await CliRun.RunAsync(WithBaselineTagger, "analyze", inputs, "--out-dir", output);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "chat.csv.json")));
        Assert.True(File.Exists(Path.Combine(output, "summary.csv")));
    }

    [Fact]
    public async Task Batch_needs_an_output_directory_other_than_the_input()
    {
        var dir = RepoPaths.TempDirectory();
        Write(dir, "chat.csv", Chat);

        var none = await CliRun.RunAsync(WithBaselineTagger, "analyze", dir);
        var same = await CliRun.RunAsync(WithBaselineTagger, "analyze", dir, "--json", dir);

        Assert.Equal(2, none.ExitCode);
        Assert.Contains("--out-dir", none.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, same.ExitCode);
        Assert.Contains("input directory", same.Stderr, StringComparison.Ordinal);
        Assert.Equal(["chat.csv"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Analyze_is_listed_in_help()
    {
        var run = await CliRun.RunAsync("analyze", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--session-gap", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--follow-up-gap", run.Stdout, StringComparison.Ordinal);
    }

    private static JsonElement Participant(JsonDocument report, string name) =>
        report.RootElement.GetProperty("participants").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);

    private static (int Explaining, int Minimal, int Deflecting, int Neutral) Engagement(JsonElement participant)
    {
        var e = participant.GetProperty("engagement");
        return (e.GetProperty("explaining").GetInt32(), e.GetProperty("minimal").GetInt32(),
            e.GetProperty("deflecting").GetInt32(), e.GetProperty("neutral").GetInt32());
    }

    private static string Write(string dir, string name, string text)
    {
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private sealed class StubHtmlWriter : IReportWriter
    {
        public string Name => "html";

        public string Extension => ".html";

        public void Write(AnalysisReport report, TextWriter output) =>
            output.Write($"<p>{report.Source}: {report.Totals.Messages} messages</p>");
    }
}
