namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>A dashed line at a value that gives context (symmetry at 50 %, a published lab figure).</summary>
/// <param name="Value">Where the line sits on the value axis.</param>
/// <param name="Label">A short label drawn beside it.</param>
internal sealed record ReferenceLine(double Value, string Label);
