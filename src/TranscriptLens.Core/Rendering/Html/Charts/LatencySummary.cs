namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>Quartiles of one person's reply latencies in seconds, drawn as a box (middle half of replies) with the median marked.</summary>
/// <param name="Q1">First quartile.</param>
/// <param name="Median">Median.</param>
/// <param name="Q3">Third quartile.</param>
internal sealed record LatencySummary(double Q1, double Median, double Q3);
