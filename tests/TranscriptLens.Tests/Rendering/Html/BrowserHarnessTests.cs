using TranscriptLens.Tests.Infrastructure;
using TranscriptLens.Tests.Rendering.Html.Browser;

namespace TranscriptLens.Tests.Rendering.Html;

/// <summary>The harness must catch what the report tests rely on it to catch (a check that never fails proves nothing).</summary>
[Collection(ChromiumCollection.Name)]
public sealed class BrowserHarnessTests
{
    [ChromiumFact]
    public async Task Catches_a_page_that_loads_a_resource_logs_an_error_and_throws()
    {
        // The image points at a closed local port: the request is attempted (and recorded) without
        // leaving the machine.
        const string page = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>bad</title></head><body>
            <img src="http://127.0.0.1:9/pixel.png" alt="">
            <script>console.error("boom"); throw new Error("kaput");</script>
            </body></html>
            """;
        var file = Path.Combine(RepoPaths.TempDirectory(), "bad.html");
        await File.WriteAllTextAsync(file, page);

        var result = await ReportInBrowser.OpenAsync(file);

        Assert.False(result.Findings.Clean);
        Assert.Contains("http://127.0.0.1:9/pixel.png", result.Findings.Requests);
        Assert.Contains(result.Findings.ConsoleErrors, e => e.Contains("boom", StringComparison.Ordinal));
        Assert.Contains(result.Findings.Exceptions, e => e.Contains("kaput", StringComparison.Ordinal));
    }
}
