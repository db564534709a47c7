using TranscriptLens.Core.Model;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Tests.Analysis;

/// <summary>
/// Seeded two-person chats with controllable balance: one session per day, a few turns per session.
/// With the default parameters both people behave the same in distribution (a balanced chat).
/// </summary>
internal sealed record SyntheticChat
{
    /// <summary>Probability that A opens a session.</summary>
    public double AInitiates { get; init; } = 0.5;

    /// <summary>Probability that a message by A (B) is explaining.</summary>
    public double AExplains { get; init; } = 0.3;

    /// <inheritdoc cref="AExplains"/>
    public double BExplains { get; init; } = 0.3;

    /// <summary>Median reply latency of A (B) in minutes (log-normal spread).</summary>
    public double AReplyMinutes { get; init; } = 5;

    /// <inheritdoc cref="AReplyMinutes"/>
    public double BReplyMinutes { get; init; } = 5;

    /// <summary>Probability that A (B) writes again after 70 minutes of silence instead of waiting.</summary>
    public double AFollowsUp { get; init; } = 0.1;

    /// <inheritdoc cref="AFollowsUp"/>
    public double BFollowsUp { get; init; } = 0.1;

    /// <summary>Generates <paramref name="sessions"/> sessions with <paramref name="seed"/>.</summary>
    public IReadOnlyList<TaggedMessage> Generate(int sessions, int seed)
    {
        var random = new Random(seed);
        var messages = new List<TaggedMessage>();
        var day = new DateTime(2023, 1, 2, 9, 0, 0, DateTimeKind.Unspecified);
        for (var s = 0; s < sessions; s++)
        {
            var time = day.AddDays(s).AddMinutes(random.Next(0, 600));
            var aSpeaks = random.NextDouble() < AInitiates;
            var turns = random.Next(2, 7);
            for (var t = 0; t < turns; t++)
            {
                var isA = aSpeaks;
                var lines = random.Next(1, 3);
                for (var l = 0; l < lines; l++)
                {
                    var explains = random.NextDouble() < (isA ? AExplains : BExplains);
                    var engagement = explains ? Engagement.Explaining : random.NextDouble() < 0.5 ? Engagement.Neutral : Engagement.Minimal;
                    var text = explains ? "I think it matters because I care about how we plan things" : engagement == Engagement.Neutral ? "sure, at 7?" : "ok";
                    messages.Add(Tagged(messages.Count, time, isA ? "A" : "B", text, engagement, t == 0 && l == 0));
                    time = time.AddSeconds(random.Next(5, 60));
                }

                if (random.NextDouble() < (isA ? AFollowsUp : BFollowsUp))
                {
                    time = time.AddMinutes(70);
                    messages.Add(Tagged(messages.Count, time, isA ? "A" : "B", "hello?", Engagement.Neutral, false));
                }

                var median = !isA ? AReplyMinutes : BReplyMinutes; // the next speaker replies
                time = time.AddMinutes(Math.Min(200, median * Math.Exp(random.NextDouble() * 2 - 1)));
                aSpeaks = !aSpeaks;
            }
        }

        return messages;
    }

    private static TaggedMessage Tagged(int index, DateTime time, string sender, string text, Engagement engagement, bool initiating) =>
        new(new Message(index, ChatTime.Naive(time), sender, text, MessageKind.Text), new MessageTags(initiating, engagement, 1f));
}
