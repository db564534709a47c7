namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>One series of a <see cref="GroupedBarData"/> (a person): one value per group, null for none.</summary>
/// <param name="Name">The legend and tooltip name.</param>
/// <param name="Colour">The bar colour.</param>
/// <param name="Values">One value per group; null draws no bar and prints "n/a".</param>
internal sealed record BarSeries(string Name, string Colour, IReadOnlyList<double?> Values);
