using TranscriptLens.Tests.Infrastructure;
using TranscriptLens.Tests.Rendering.Html.Browser;
using TranscriptLens.Tests.Reports;

namespace TranscriptLens.Tests.Rendering.Html;

/// <summary>
/// The HTML report in real headless Chromium. <c>UPDATE_SCREENSHOT=1</c> also saves the full-page
/// screenshot to <c>docs/report-screenshot.png</c>; with <c>REPORT_HTML=path</c> it screenshots that
/// report file (e.g. one written by <c>transcriptlens analyze samples/... --html</c>) instead of the
/// synthetic one, after the same checks.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class HtmlReportBrowserTests
{
    [ChromiumFact]
    public async Task The_report_loads_nothing_else_raises_no_error_and_draws_every_chart()
    {
        var file = Environment.GetEnvironmentVariable("REPORT_HTML") is { Length: > 0 } given
            ? Path.GetFullPath(given)
            : await WriteAsync(ReportPages.Render(SampleReports.Couple()));

        var result = await ReportInBrowser.OpenAsync(file);

        Assert.True(result.Findings.Clean, result.Findings.ToString());
        Assert.Contains(result.Charts, c => c.Kind == "composite");
        Assert.All(result.Charts, c => Assert.True(c.Width > 200 && c.Height > 60, $"{c.Kind} is {c.Width}x{c.Height}"));
        Assert.All(result.Charts, c => Assert.True(c.DeclaredMarks == c.VisibleMarks, $"{c.Kind}: {c.VisibleMarks} of {c.DeclaredMarks} marks visible"));
        Assert.True(result.ScrollWidth <= result.ViewportWidth, $"page is {result.ScrollWidth}px wide at a {result.ViewportWidth}px viewport");
        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOT") == "1")
        {
            var target = Path.Combine(RepoPaths.Root, "docs", "report-screenshot.png");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllBytesAsync(target, result.Screenshot);
        }
    }

    [ChromiumFact]
    public async Task Tricky_names_reach_the_browser_as_the_text_they_are_and_the_page_fits_a_phone()
    {
        var file = await WriteAsync(ReportPages.Render(SampleReports.Couple(SampleReports.Tricky, SampleReports.Rtl)));

        var result = await ReportInBrowser.OpenAsync(file, width: 390, height: 844);
        var names = await ReportInBrowser.EvaluateAsync(file, """
            ({
              bold: document.querySelectorAll('main b').length,
              summary: Array.from(document.querySelectorAll('.summary-list bdi')).map(b => b.textContent),
              title: document.title
            })
            """);

        Assert.True(result.Findings.Clean, result.Findings.ToString());
        Assert.All(result.Charts, c => Assert.Equal(c.DeclaredMarks, c.VisibleMarks));
        Assert.True(result.ScrollWidth <= result.ViewportWidth, $"page is {result.ScrollWidth}px wide at a {result.ViewportWidth}px viewport");
        Assert.Equal(0, names.GetProperty("bold").GetInt32());
        var summary = names.GetProperty("summary").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(SampleReports.Tricky, summary);
        Assert.Contains(SampleReports.Rtl, summary);
        Assert.Contains(SampleReports.Tricky, names.GetProperty("title").GetString(), StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("SCREENSHOT_DIR") is { Length: > 0 } keep)
        {
            // For looking at the narrow layout while designing it.
            await File.WriteAllBytesAsync(Path.Combine(keep, "report-phone.png"), result.Screenshot);
        }
    }

    private static async Task<string> WriteAsync(string html)
    {
        var file = Path.Combine(RepoPaths.TempDirectory(), "report.html");
        await File.WriteAllTextAsync(file, html);
        return file;
    }
}
