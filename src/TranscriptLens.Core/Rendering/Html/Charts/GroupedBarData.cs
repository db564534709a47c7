namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>Vertical bars side by side: for each group, one bar per series.</summary>
/// <param name="Header">Identity and text alternative.</param>
/// <param name="Groups">The group names along the x axis ("opened a conversation").</param>
/// <param name="Series">The bars in each group, left to right.</param>
/// <param name="Axis">The value axis.</param>
internal sealed record GroupedBarData(ChartHeader Header, IReadOnlyList<string> Groups, IReadOnlyList<BarSeries> Series, ValueAxis Axis);
