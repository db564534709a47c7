namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>One legend entry.</summary>
/// <param name="Label">What it stands for (user text allowed: it is escaped).</param>
/// <param name="Colour">The key's colour.</param>
/// <param name="Mark">How the key is drawn.</param>
internal sealed record LegendItem(string Label, string Colour, LegendMark Mark = LegendMark.Swatch);
