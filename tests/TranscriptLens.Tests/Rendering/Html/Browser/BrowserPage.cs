using System.Text.Json;

namespace TranscriptLens.Tests.Rendering.Html.Browser;

/// <summary>One tab: navigation, script evaluation, screenshots, and what the page did while loading.</summary>
public sealed class BrowserPage(DevToolsConnection connection, string sessionId)
{
    /// <summary>Sends a command to this tab.</summary>
    public Task<JsonElement> SendAsync(string method, object? parameters, CancellationToken cancellationToken) =>
        connection.SendAsync(method, parameters, sessionId, cancellationToken);

    /// <summary>Enables the domains whose events the checks read, and fixes the viewport (laptop width by default).</summary>
    internal async Task PrepareAsync(int width, int height, CancellationToken cancellationToken)
    {
        foreach (var domain in (string[])["Network", "Runtime", "Log", "Page"])
        {
            await SendAsync(domain + ".enable", null, cancellationToken);
        }

        await SendAsync("Emulation.setDeviceMetricsOverride", new { width, height, deviceScaleFactor = 1, mobile = false }, cancellationToken);
    }

    /// <summary>Navigates and waits for the load event, then a short quiet period for late requests or errors.</summary>
    public async Task NavigateAsync(Uri url, CancellationToken cancellationToken)
    {
        var before = connection.Events.Count;
        var navigation = await SendAsync("Page.navigate", new { url = url.AbsoluteUri }, cancellationToken);
        if (navigation.TryGetProperty("errorText", out var error) && !string.IsNullOrEmpty(error.GetString()))
        {
            throw new InvalidOperationException($"navigation to {url} failed: {error.GetString()}");
        }

        while (!connection.Events.Skip(before).Any(e => e.SessionId == sessionId && e.Method == "Page.loadEventFired"))
        {
            await Task.Delay(25, cancellationToken);
        }

        await Task.Delay(300, cancellationToken);
    }

    /// <summary>Evaluates a JavaScript expression and returns its JSON value; a thrown exception fails the call.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true }, cancellationToken);
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException($"evaluation failed: {exception.GetRawText()}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    /// <summary>A PNG of the whole page, beyond the viewport.</summary>
    public async Task<byte[]> ScreenshotAsync(CancellationToken cancellationToken)
    {
        var metrics = await SendAsync("Page.getLayoutMetrics", null, cancellationToken);
        var size = metrics.GetProperty("cssContentSize");
        var clip = new { x = 0, y = 0, width = size.GetProperty("width").GetDouble(), height = size.GetProperty("height").GetDouble(), scale = 1 };
        var shot = await SendAsync("Page.captureScreenshot", new { format = "png", captureBeyondViewport = true, clip }, cancellationToken);
        return Convert.FromBase64String(shot.GetProperty("data").GetString()!);
    }

    /// <summary>Requests, console errors, exceptions and error log entries this tab produced so far.</summary>
    public PageFindings Findings(Uri pageUrl)
    {
        var findings = new PageFindings();
        foreach (var e in connection.Events.Where(e => e.SessionId == sessionId))
        {
            switch (e.Method)
            {
                case "Network.requestWillBeSent":
                    var url = e.Params.GetProperty("request").GetProperty("url").GetString() ?? string.Empty;
                    if (!string.Equals(url, pageUrl.AbsoluteUri, StringComparison.Ordinal))
                    {
                        findings.Requests.Add(url);
                    }

                    break;
                case "Runtime.consoleAPICalled" when e.Params.GetProperty("type").GetString() is "error" or "assert":
                    findings.ConsoleErrors.Add(e.Params.GetProperty("args").GetRawText());
                    break;
                case "Runtime.exceptionThrown":
                    findings.Exceptions.Add(e.Params.GetProperty("exceptionDetails").GetRawText());
                    break;
                case "Log.entryAdded" when e.Params.GetProperty("entry").GetProperty("level").GetString() == "error":
                    var entry = e.Params.GetProperty("entry");
                    findings.LogErrors.Add($"{entry.GetProperty("source").GetString()}: {entry.GetProperty("text").GetString()}");
                    break;
            }
        }

        return findings;
    }
}
