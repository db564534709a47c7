using System.Text.Json;
using TranscriptLens.Core.Reporting;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Analysis;

public sealed class ReportWriterTests
{
    [Fact]
    public void Json_report_of_a_small_chat_matches_the_golden_file()
    {
        var report = AsymmetryTests.SmallChat().Analyze();

        var json = new JsonReportWriter().Write(report);

        GoldenFile.AssertJson(json, "analysis/small-chat.expected.json");
    }

    [Fact]
    public void Json_report_has_the_documented_keys()
    {
        var report = AsymmetryTests.SmallChat().Analyze();

        using var document = JsonDocument.Parse(new JsonReportWriter().Write(report));
        var root = document.RootElement;

        foreach (var key in new[] { "source", "settings", "totals", "participants", "pairs", "timeline" })
        {
            Assert.True(root.TryGetProperty(key, out _), key);
        }

        Assert.Equal(6, root.GetProperty("totals").GetProperty("messages").GetInt32());
        Assert.Equal(2, root.GetProperty("totals").GetProperty("sessions").GetInt32());
        var alex = root.GetProperty("participants")[0];
        foreach (var key in new[]
        {
            "name", "messages", "words", "sessions_initiated", "initiating", "follow_ups", "replies", "median_reply_seconds",
            "engagement", "bids_made", "bids_received", "bids_turned_toward", "initiation_share", "follow_up_rate",
            "minimal_rate", "deflecting_rate", "explaining_rate", "turning_toward_rate", "reply_latency",
        })
        {
            Assert.True(alex.TryGetProperty(key, out _), key);
        }

        var pair = root.GetProperty("pairs")[0];
        foreach (var key in new[] { "a", "b", "components", "asymmetry", "ci_low", "ci_high", "status", "lsm" })
        {
            Assert.True(pair.TryGetProperty(key, out _), key);
        }

        Assert.Equal("4h", root.GetProperty("settings").GetProperty("session_gap").GetString());
    }

    [Fact]
    public void Console_report_tells_who_opens_follows_up_and_replies_and_what_it_cannot_mean()
    {
        var report = AsymmetryTests.SmallChat().Analyze();
        var output = new StringWriter();

        new ConsoleReportWriter().Write(report, output);
        var text = output.ToString();

        Assert.Contains("Who opens the conversations", text, StringComparison.Ordinal);
        Assert.Contains("Alex  2 of 2 sessions (100%)", text, StringComparison.Ordinal);
        Assert.Contains("Who follows up after silence", text, StringComparison.Ordinal);
        Assert.Contains("median 2 min", text, StringComparison.Ordinal); // Alex's one reply: 120 s
        Assert.Contains("Sam   answered 2 of 4 bids with engagement (50%)", text, StringComparison.Ordinal);
        Assert.Contains("86%", text, StringComparison.Ordinal);
        Assert.Contains("33%", text, StringComparison.Ordinal);
        Assert.Contains("Alex vs Sam: +0.30 (95% interval", text, StringComparison.Ordinal);
        Assert.Contains("not a diagnosis of anyone", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Console_report_shows_insufficient_data_instead_of_a_score()
    {
        var report = AsymmetryTests.SmallChat().Analyze(Core.Analysis.AnalysisSettings.Default);
        var output = new StringWriter();

        new ConsoleReportWriter().Write(report, output);

        Assert.Contains("Alex vs Sam: insufficient data (2 session(s) with Alex or Sam; at least 20 needed)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_csv_has_one_row_per_pair_and_one_per_failed_file()
    {
        var report = AsymmetryTests.SmallChat().Analyze();
        var output = new StringWriter();

        using (var summary = new BatchSummaryWriter(output))
        {
            summary.Add("chat.txt", report);
            summary.AddFailure("broken.txt", "broken.txt: not a chat");
        }

        var lines = output.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("file,conversation,messages,sessions,participants,a,b,pair_sessions,status,asymmetry", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("chat.txt,,6,2,2,Alex,Sam,2,ok,0.30", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("broken.txt,,,,,,,,error,", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("broken.txt: not a chat", lines[2], StringComparison.Ordinal);
    }
}
