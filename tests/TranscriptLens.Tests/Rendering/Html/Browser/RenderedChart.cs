namespace TranscriptLens.Tests.Rendering.Html.Browser;

/// <summary>What the browser laid out for one <c>svg[data-chart]</c>.</summary>
/// <param name="Kind">Its <c>data-chart</c> value.</param>
/// <param name="Width">Bounding box width in CSS pixels.</param>
/// <param name="Height">Bounding box height in CSS pixels.</param>
/// <param name="DeclaredMarks">Its <c>data-marks</c> value (what the renderer meant to draw).</param>
/// <param name="VisibleMarks"><c>.mark</c> elements with a non-empty bounding box (what the browser drew).</param>
public sealed record RenderedChart(string Kind, double Width, double Height, int DeclaredMarks, int VisibleMarks);
