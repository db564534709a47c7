using TranscriptLens.Core.Analysis;
using TranscriptLens.Core.Reports;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Tests.Analysis;

public sealed class AsymmetryTests
{
    /// <summary>Two sessions; every component worked out by hand in <see cref="Components_and_composite_match_the_hand_computed_values"/>.</summary>
    internal static ChatBuilder SmallChat() => new ChatBuilder()
        .Text(0, "Alex", "hey, how are you?", Engagement.Neutral, initiating: true)
        .Text(10, "Sam", "good", Engagement.Minimal)
        .Text(12, "Alex", "I had a rough day because work was chaotic and I am tired", Engagement.Explaining)
        .Text(600, "Alex", "you there?")
        .Text(700, "Alex", "hello?")
        .Text(705, "Sam", "sorry, I was at the gym and lost track of time", Engagement.Explaining);

    [Fact]
    public void Components_and_composite_match_the_hand_computed_values()
    {
        var pair = SmallChat().Analyze().Pair("Alex", "Sam");
        var c = pair.Components;

        // Sessions opened: Alex 2, Sam 0 → (2 − 0) / 2 = 1.
        Assert.Equal(1, c.SessionInitiation!.Value, 12);

        // Follow-ups: Alex at 600 (own message 588 min before) and at 700 (100 min); Sam none → 1.
        Assert.Equal(1, c.FollowUps!.Value, 12);

        // Explaining: one each → 0.
        Assert.Equal(0, c.Explaining!.Value, 12);

        // Words: Alex 4 + 13 + 2 + 1 = 20, Sam 1 + 11 = 12 → 8 / 32 = 0.25.
        Assert.Equal(0.25, c.Words!.Value, 12);

        // Bids: Alex's 4 (opening question, explanation, two questions) are received by Sam: the first
        // answered "good" (away), the explanation unanswered (away), the two questions answered with an
        // explanation (toward) → Sam 2 / 4 = 0.5. Sam's explanation got no answer → Alex 0 / 1 = 0.
        // (0 − 0.5) / (0 + 0.5) = −1.
        Assert.Equal(-1, c.TurningToward!.Value, 12);

        // Replies: Alex 2 min after "good" (120 s); Sam 600 s and 300 s.
        // tanh(½ · (mean(ln 601, ln 301) − ln 121)) = tanh(½ · 1.25698) ≈ 0.5571.
        var expectedLatency = Math.Tanh(((Math.Log(601) + Math.Log(301)) / 2 - Math.Log(121)) / 2);
        Assert.Equal(expectedLatency, c.ReplyLatency!.Value, 12);
        Assert.Equal(0.5571, c.ReplyLatency!.Value, 3);

        // Composite: (1 + 1 + 0 + 0.25 − 1 + 0.5571) / 6 ≈ 0.3012.
        Assert.Equal((1 + 1 + 0 + 0.25 - 1 + expectedLatency) / 6, pair.Asymmetry!.Value, 12);
        Assert.Equal(DataSufficiency.Sufficient, pair.Status);
    }

    [Fact]
    public void Too_few_sessions_give_the_insufficient_data_state_not_a_number()
    {
        var pair = SmallChat().Analyze(AnalysisSettings.Default).Pair("Alex", "Sam");

        Assert.Equal(DataSufficiency.InsufficientData, pair.Status);
        Assert.Null(pair.Asymmetry);
        Assert.Null(pair.CiLow);
        Assert.Null(pair.CiHigh);
        Assert.Contains("2 session(s)", pair.InsufficientReason, StringComparison.Ordinal);
        // The components stay descriptive: words are Alex 20 vs Sam 12 → 8 / 32 = 0.25, as above.
        Assert.Equal(0.25, pair.Components.Words!.Value, 12);
    }

    [Fact]
    public void Too_few_messages_by_one_person_give_the_insufficient_data_state()
    {
        var pair = SmallChat().Analyze(ChatBuilder.Tiny with { MinimumMessagesPerPerson = 3 }).Pair("Alex", "Sam");

        Assert.Equal(DataSufficiency.InsufficientData, pair.Status);
        Assert.Equal("Sam wrote 2 message(s); at least 3 needed per person", pair.InsufficientReason);
    }

    [Fact]
    public void Balanced_chat_scores_near_zero_with_an_interval_that_contains_zero()
    {
        var messages = new SyntheticChat().Generate(sessions: 200, seed: 11);

        var pair = Analyze(messages, AnalysisSettings.Default).Pair("A", "B");

        Assert.Equal(DataSufficiency.Sufficient, pair.Status);
        Assert.InRange(pair.Asymmetry!.Value, -0.1, 0.1);
        Assert.True(pair.CiLow < 0 && pair.CiHigh > 0, $"interval [{pair.CiLow}, {pair.CiHigh}] should contain 0");
    }

    [Fact]
    public void One_sided_chat_scores_clearly_positive()
    {
        var oneSided = new SyntheticChat
        {
            AInitiates = 0.9,
            AExplains = 0.6,
            BExplains = 0.05,
            AReplyMinutes = 2,
            BReplyMinutes = 60,
            AFollowsUp = 0.4,
            BFollowsUp = 0.02,
        };

        var pair = Analyze(oneSided.Generate(sessions: 60, seed: 3), AnalysisSettings.Default).Pair("A", "B");

        Assert.Equal(DataSufficiency.Sufficient, pair.Status);
        Assert.True(pair.Asymmetry > 0.4, $"asymmetry {pair.Asymmetry}");
        Assert.True(pair.CiLow > 0.2, $"interval [{pair.CiLow}, {pair.CiHigh}] should be clearly above 0");
    }

    [Fact]
    public void Seeded_bootstrap_is_reproducible_and_the_seed_matters()
    {
        var messages = new SyntheticChat().Generate(sessions: 80, seed: 5);

        var firstReport = Analyze(messages, AnalysisSettings.Default with { Seed = 42 });
        var againReport = Analyze(messages, AnalysisSettings.Default with { Seed = 42 });
        var first = firstReport.Pair("A", "B");
        var again = againReport.Pair("A", "B");
        var other = Analyze(messages, AnalysisSettings.Default with { Seed = 43 }).Pair("A", "B");

        Assert.Equal((first.CiLow, first.CiHigh), (again.CiLow, again.CiHigh));

        // The periods are measured in parallel; their intervals are reproducible all the same.
        Assert.Equal(
            firstReport.Timeline.Select(p => (p.Pairs[0].CiLow, p.Pairs[0].CiHigh)),
            againReport.Timeline.Select(p => (p.Pairs[0].CiLow, p.Pairs[0].CiHigh)));
        Assert.Contains(firstReport.Timeline, p => p.Pairs[0].CiLow is not null);
        Assert.NotEqual((first.CiLow, first.CiHigh), (other.CiLow, other.CiHigh));
        Assert.Equal(first.Asymmetry, other.Asymmetry); // the point estimate does not depend on the seed
    }

    [Fact]
    public void Interval_narrows_as_the_chat_grows()
    {
        var chat = new SyntheticChat();

        var small = Analyze(chat.Generate(sessions: 40, seed: 9), AnalysisSettings.Default).Pair("A", "B");
        var large = Analyze(chat.Generate(sessions: 400, seed: 9), AnalysisSettings.Default).Pair("A", "B");

        // Ten times the sessions: the width should shrink by about √10 ≈ 3.2; require at least 2.
        var smallWidth = small.CiHigh!.Value - small.CiLow!.Value;
        var largeWidth = large.CiHigh!.Value - large.CiLow!.Value;
        Assert.True(largeWidth * 2 < smallWidth, $"widths {smallWidth} (40 sessions) and {largeWidth} (400 sessions)");
    }

    [Fact]
    public void Interval_contains_the_point_estimate_of_a_real_imbalance()
    {
        var pair = Analyze(new SyntheticChat { AInitiates = 0.7 }.Generate(100, 8), AnalysisSettings.Default).Pair("A", "B");

        Assert.InRange(pair.Asymmetry!.Value, pair.CiLow!.Value, pair.CiHigh!.Value);
    }

    [Fact]
    public void Asymmetry_index_is_unavailable_when_neither_did_it()
    {
        Assert.False(LabourAsymmetry.Index(0, 0, out _));
        Assert.True(LabourAsymmetry.Index(3, 1, out var value));
        Assert.Equal(0.5, value); // (3 − 1) / 4
    }

    private static AnalysisReport Analyze(IReadOnlyList<TaggedMessage> messages, AnalysisSettings settings) =>
        new ChatAnalyzer(settings).Analyze(messages, "synthetic").Single();
}
