namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>One person's reply latency distribution.</summary>
/// <param name="Name">The person.</param>
/// <param name="Colour">The person's colour.</param>
/// <param name="Counts">Replies per column, in column order.</param>
/// <param name="Summary">Quartiles for the box; null without replies.</param>
internal sealed record LatencyRow(string Name, string Colour, IReadOnlyList<int> Counts, LatencySummary? Summary);
