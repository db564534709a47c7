using System.Text.Json;
using TranscriptLens.Core.Rendering.Json;
using TranscriptLens.Tests.Analysis;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Rendering.Json;

public sealed class JsonReportWriterTests
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
}
