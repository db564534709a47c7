namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>A chart's value axis.</summary>
/// <param name="Label">The axis title, with its unit ("share of conversations opened, %").</param>
/// <param name="Format">How ticks and tooltips print values.</param>
/// <param name="Min">A fixed lower end (0 for shares); null to fit the data.</param>
/// <param name="Max">A fixed upper end (1 for shares); null to fit the data.</param>
internal sealed record ValueAxis(string Label, ValueFormat Format, double? Min = null, double? Max = null);
