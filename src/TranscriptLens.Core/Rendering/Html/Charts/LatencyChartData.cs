namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>Reply latency distributions, one row per person, over shared time ranges that grow roughly logarithmically.</summary>
/// <param name="Header">Identity and text alternative.</param>
/// <param name="Columns">The time ranges, shortest first, adjacent and not overlapping.</param>
/// <param name="Rows">One row per person.</param>
/// <param name="AxisLabel">The time axis title ("time to reply").</param>
internal sealed record LatencyChartData(ChartHeader Header, IReadOnlyList<LatencyColumn> Columns, IReadOnlyList<LatencyRow> Rows, string AxisLabel);
