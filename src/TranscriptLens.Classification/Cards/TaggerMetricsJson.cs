using TranscriptLens.Classification.Evaluation;

namespace TranscriptLens.Classification.Cards;

/// <summary>The JSON shape of one tagger's metrics on both axes.</summary>
public sealed record TaggerMetricsJson(string Tagger, int Messages, MetricsJson Engagement, MetricsJson Initiating, MetricsJson InitiatingWithinSessions)
{
    /// <summary>From metrics.</summary>
    public static TaggerMetricsJson From(TaggerMetrics metrics) => new(
        metrics.Tagger,
        metrics.Engagement.Count,
        MetricsJson.From(metrics.Engagement),
        MetricsJson.From(metrics.Initiating, TaggerEvaluator.InitiatingLabel),
        MetricsJson.From(metrics.InitiatingWithinSessions, TaggerEvaluator.InitiatingLabel));
}
