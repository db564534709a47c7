using TranscriptLens.Classification.Evaluation;

namespace TranscriptLens.Classification.Cards;

/// <summary>The JSON shape of one axis's metrics (model card, <c>evaluate --json</c>).</summary>
public sealed record MetricsJson(
    double Accuracy,
    double MacroF1,
    double? F1,
    IReadOnlyList<LabelScores> PerLabel,
    IReadOnlyList<string> Labels,
    int[][] Confusion)
{
    /// <summary>From metrics; <paramref name="positive"/> names the label whose F1 is reported as <c>f1</c> (binary axes).</summary>
    public static MetricsJson From(AxisMetrics metrics, string? positive = null) => new(
        Round(metrics.Accuracy),
        Round(metrics.MacroF1),
        positive is null ? null : Round(metrics.For(positive).F1),
        metrics.PerLabel.Select(s => s with { Precision = Round(s.Precision), Recall = Round(s.Recall), F1 = Round(s.F1) }).ToArray(),
        metrics.Labels,
        metrics.Confusion);

    /// <summary>4 decimals: enough to compare, few enough to read.</summary>
    public static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
