namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>A line chart over consecutive periods, each series optionally with an interval band.</summary>
/// <param name="Header">Identity and text alternative.</param>
/// <param name="Periods">The x-axis labels, in order ("2024-03").</param>
/// <param name="PeriodLabel">The x-axis title ("month").</param>
/// <param name="Series">The lines; every series has one value per period.</param>
/// <param name="Axis">The value axis.</param>
/// <param name="References">Context lines across the plot.</param>
/// <param name="IntervalLabel">How tooltips name the band ("95% interval").</param>
/// <param name="UpperSide">What high values mean, written in the plot's top corner ("Ana carries more ↑"); optional.</param>
/// <param name="LowerSide">What low values mean, written in the plot's bottom corner; optional.</param>
internal sealed record LineChartData(
    ChartHeader Header,
    IReadOnlyList<string> Periods,
    string PeriodLabel,
    IReadOnlyList<LineSeries> Series,
    ValueAxis Axis,
    IReadOnlyList<ReferenceLine> References,
    string IntervalLabel = "95% interval",
    string? UpperSide = null,
    string? LowerSide = null);
