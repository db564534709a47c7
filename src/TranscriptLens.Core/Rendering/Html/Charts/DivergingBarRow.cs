namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>One bar of a <see cref="DivergingBarData"/>.</summary>
/// <param name="Label">What the bar measures ("opening conversations").</param>
/// <param name="Value">A score in [-1, 1]; null when it cannot be computed (drawn as "n/a", never as 0).</param>
internal sealed record DivergingBarRow(string Label, double? Value);
