using TranscriptLens.Classification.Data;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Classification.Evaluation;

/// <summary>
/// Runs a tagger over labelled conversations exactly as it runs on a chat (context from earlier
/// messages only, rules for media) and compares its tags with the gold ones.
/// </summary>
public static class TaggerEvaluator
{
    /// <summary>The positive initiating label.</summary>
    public const string InitiatingLabel = "initiating";

    /// <summary>Initiating labels: positive first.</summary>
    public static IReadOnlyList<string> InitiatingLabels { get; } = [InitiatingLabel, "not-initiating"];

    /// <summary>Evaluates <paramref name="tagger"/> on every message of <paramref name="set"/>.</summary>
    public static TaggerMetrics Evaluate(IMessageTagger tagger, TrainingSet set)
    {
        var engagement = AxisMetrics.Empty(EngagementNames.All.Select(EngagementNames.Name).ToArray());
        var initiating = AxisMetrics.Empty(InitiatingLabels);
        var withinSessions = AxisMetrics.Empty(InitiatingLabels);
        var gold = set.Messages.ToArray();
        var tracker = new ContextTracker();
        var index = 0;
        foreach (var tagged in tagger.Tag(gold.Select(g => g.Message), SessionRules.Default))
        {
            var expected = gold[index++].Gold;
            var sessionStart = tracker.Next(tagged.Message).SessionStart;
            if (tagged.Tags is not { } tags)
            {
                continue;
            }

            engagement.Add((int)expected.Engagement, (int)tags.Engagement);
            initiating.Add(expected.Initiating ? 0 : 1, tags.Initiating ? 0 : 1);
            if (!sessionStart)
            {
                withinSessions.Add(expected.Initiating ? 0 : 1, tags.Initiating ? 0 : 1);
            }
        }

        return new TaggerMetrics(tagger.Name, engagement, initiating, withinSessions);
    }
}
