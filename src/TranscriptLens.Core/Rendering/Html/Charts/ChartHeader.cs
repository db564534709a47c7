namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>What every chart says about itself, for screen readers and for tests.</summary>
/// <param name="Id">A document-unique id (letters, digits, dashes); the chart's title and description ids derive from it.</param>
/// <param name="Kind">The chart's role in the report (<c>data-chart</c>), e.g. <c>initiation</c>.</param>
/// <param name="Title">A short accessible name, read out as the image's name.</param>
/// <param name="Description">A one- or two-sentence text alternative stating what the data shows.</param>
internal sealed record ChartHeader(string Id, string Kind, string Title, string Description);
