namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>One kind of part in a stacked bar (an engagement label, "turned toward").</summary>
/// <param name="Name">The legend and tooltip name.</param>
/// <param name="Colour">Its fill; light enough for dark text on top.</param>
internal sealed record BarSegment(string Name, string Colour);
