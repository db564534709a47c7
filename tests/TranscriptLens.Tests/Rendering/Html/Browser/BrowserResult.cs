namespace TranscriptLens.Tests.Rendering.Html.Browser;

/// <summary>The outcome of opening a report in headless Chromium.</summary>
/// <param name="Findings">Requests and errors seen while loading.</param>
/// <param name="Charts">Every chart, in document order.</param>
/// <param name="ScrollWidth">The document's scroll width; larger than <paramref name="ViewportWidth"/> means a horizontal scrollbar.</param>
/// <param name="ViewportWidth">The emulated viewport width.</param>
/// <param name="Screenshot">A full-page PNG.</param>
public sealed record BrowserResult(PageFindings Findings, IReadOnlyList<RenderedChart> Charts, int ScrollWidth, int ViewportWidth, byte[] Screenshot);
