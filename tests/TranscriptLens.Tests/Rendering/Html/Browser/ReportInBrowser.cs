using System.Text.Json;

namespace TranscriptLens.Tests.Rendering.Html.Browser;

/// <summary>Opens an HTML file in a fresh headless Chromium and reports what it did and drew.</summary>
public static class ReportInBrowser
{
    private const string ChartsScript = """
        Array.from(document.querySelectorAll('svg[data-chart]')).map(s => {
          const r = s.getBoundingClientRect();
          const visible = Array.from(s.querySelectorAll('.mark')).filter(m => {
            const b = m.getBoundingClientRect();
            return b.width > 0 && b.height > 0;
          }).length;
          return { kind: s.dataset.chart, width: r.width, height: r.height, declared: Number(s.dataset.marks), visible };
        })
        """;

    /// <summary>Loads <paramref name="file"/> at laptop width (1280 × 800 CSS px) and collects findings, charts and a screenshot.</summary>
    public static async Task<BrowserResult> OpenAsync(string file, int width = 1280, int height = 800)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var url = new Uri(Path.GetFullPath(file));
        await using var browser = await HeadlessChromium.LaunchAsync(timeout.Token);
        var page = await browser.NewPageAsync(width, height, timeout.Token);
        await page.NavigateAsync(url, timeout.Token);

        var charts = (await page.EvaluateAsync(ChartsScript, timeout.Token)).EnumerateArray().Select(c => new RenderedChart(
            c.GetProperty("kind").GetString()!,
            c.GetProperty("width").GetDouble(),
            c.GetProperty("height").GetDouble(),
            c.GetProperty("declared").GetInt32(),
            c.GetProperty("visible").GetInt32())).ToList();
        var scrollWidth = (await page.EvaluateAsync("document.documentElement.scrollWidth", timeout.Token)).GetInt32();
        var screenshot = await page.ScreenshotAsync(timeout.Token);
        return new BrowserResult(page.Findings(url), charts, scrollWidth, width, screenshot);
    }

    /// <summary>Evaluates <paramref name="expression"/> in the loaded page (for checks beyond the standard ones).</summary>
    public static async Task<JsonElement> EvaluateAsync(string file, string expression)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var url = new Uri(Path.GetFullPath(file));
        await using var browser = await HeadlessChromium.LaunchAsync(timeout.Token);
        var page = await browser.NewPageAsync(1280, 800, timeout.Token);
        await page.NavigateAsync(url, timeout.Token);
        return (await page.EvaluateAsync(expression, timeout.Token)).Clone();
    }
}
