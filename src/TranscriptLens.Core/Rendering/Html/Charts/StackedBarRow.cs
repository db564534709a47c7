namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>One bar of a <see cref="StackedBarData"/>: counts per segment, drawn as shares of the row's total.</summary>
/// <param name="Label">The row name (a person).</param>
/// <param name="Counts">One count per segment, in segment order.</param>
/// <param name="Note">A second, smaller line under the label ("1,204 messages"); optional.</param>
internal sealed record StackedBarRow(string Label, IReadOnlyList<double> Counts, string? Note = null);
