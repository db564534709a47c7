namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>One reply-time range of a <see cref="LatencyChartData"/> ("1–5 min"), shared by every person.</summary>
/// <param name="Label">The column label.</param>
/// <param name="FromSeconds">Inclusive lower edge in seconds (0 for the first column).</param>
/// <param name="ToSeconds">Exclusive upper edge in seconds; null for an open last column ("&gt;6 h").</param>
internal sealed record LatencyColumn(string Label, double FromSeconds, double? ToSeconds);
