namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>Horizontal 100 % stacked bars: how each row's total splits across the segments.</summary>
/// <param name="Header">Identity and text alternative.</param>
/// <param name="Segments">The parts, in drawing order (left to right).</param>
/// <param name="Rows">The bars, top to bottom.</param>
/// <param name="AxisLabel">The share axis title ("share of messages, %").</param>
/// <param name="Unit">What the counts count, for tooltips ("messages", "bids").</param>
/// <param name="References">Context lines at shares (a published figure), labelled above the bars.</param>
internal sealed record StackedBarData(
    ChartHeader Header,
    IReadOnlyList<BarSegment> Segments,
    IReadOnlyList<StackedBarRow> Rows,
    string AxisLabel,
    string Unit,
    IReadOnlyList<ReferenceLine> References);
