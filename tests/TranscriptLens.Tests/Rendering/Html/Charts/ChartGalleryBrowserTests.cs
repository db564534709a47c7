using TranscriptLens.Tests.Infrastructure;
using TranscriptLens.Tests.Rendering.Html.Browser;

namespace TranscriptLens.Tests.Rendering.Html.Charts;

[Collection(ChromiumCollection.Name)]
public sealed class ChartGalleryBrowserTests
{
    [ChromiumFact]
    public async Task Every_chart_primitive_renders_its_marks_in_chromium_without_requests_or_errors()
    {
        var file = Path.Combine(RepoPaths.TempDirectory(), "gallery.html");
        await File.WriteAllTextAsync(file, ChartGallery.Html());

        var result = await ReportInBrowser.OpenAsync(file);

        Assert.True(result.Findings.Clean, result.Findings.ToString());
        Assert.Equal(["initiation", "composite", "engagement", "bids", "reaching-out", "latency", "components", "composite-gauge"], result.Charts.Select(c => c.Kind));
        Assert.All(result.Charts, c => Assert.True(c.Width > 100 && c.Height > 50, $"{c.Kind} is {c.Width}x{c.Height}"));
        Assert.All(result.Charts, c => Assert.Equal(c.DeclaredMarks, c.VisibleMarks));
        Assert.Equal(14, result.Charts.Single(c => c.Kind == "initiation").VisibleMarks); // 2 series × 7 months with data
        Assert.Equal(6, result.Charts.Single(c => c.Kind == "composite").VisibleMarks); // 8 months, 2 gaps
        Assert.Equal(8, result.Charts.Single(c => c.Kind == "engagement").VisibleMarks); // 2 people × 4 labels
        Assert.Equal(3, result.Charts.Single(c => c.Kind == "reaching-out").VisibleMarks); // one value is missing
        Assert.Equal(14, result.Charts.Single(c => c.Kind == "latency").VisibleMarks); // 2 × 6 bars + 2 boxes
        Assert.Equal(6, result.Charts.Single(c => c.Kind == "components").VisibleMarks); // 7 rows, one n/a
        Assert.True(result.Screenshot.Length > 10_000);
        if (Environment.GetEnvironmentVariable("SCREENSHOT_DIR") is { Length: > 0 } keep)
        {
            // For looking at the charts while designing them.
            await File.WriteAllBytesAsync(Path.Combine(keep, "chart-gallery.png"), result.Screenshot);
        }
    }
}
