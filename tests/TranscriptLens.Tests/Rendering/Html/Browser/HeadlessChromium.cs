using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TranscriptLens.Tests.Rendering.Html.Browser;

/// <summary>
/// A real headless Chromium with a fresh profile, driven over the DevTools protocol. The browser
/// picks a free debugging port (<c>--remote-debugging-port=0</c>) and announces it in
/// <c>DevToolsActivePort</c> in the profile (and on stderr). Dispose closes the browser, kills the
/// whole process tree if it lingers, and deletes the profile.
/// </summary>
public sealed partial class HeadlessChromium : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(45);

    private readonly Process _process;
    private readonly string _profile;
    private readonly StringBuilder _stderr = new();
    private DevToolsConnection? _connection;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>The DevTools connection (valid after <see cref="LaunchAsync"/>).</summary>
    public DevToolsConnection Connection => _connection ?? throw new InvalidOperationException("not connected");

    /// <summary>Starts Chromium and connects to it.</summary>
    public static async Task<HeadlessChromium> LaunchAsync(CancellationToken cancellationToken)
    {
        var executable = ChromiumLocator.Executable
            ?? throw new InvalidOperationException("chromium is not installed: apt-get install chromium (or set CHROMIUM_PATH)");
        var profile = Path.Combine(Path.GetTempPath(), "transcriptlens-chromium", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var flag in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--no-default-browser-check", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
            $"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank"])
        {
            start.ArgumentList.Add(flag);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        var browser = new HeadlessChromium(process, profile);
        try
        {
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    lock (browser._stderr)
                    {
                        browser._stderr.AppendLine(e.Data);
                    }
                }
            };
            process.OutputDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            var endpoint = await browser.WaitForEndpointAsync(cancellationToken);
            browser._connection = new DevToolsConnection();
            await browser._connection.ConnectAsync(endpoint, cancellationToken);
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens a new tab with a fixed viewport and returns its session.</summary>
    public async Task<BrowserPage> NewPageAsync(int width, int height, CancellationToken cancellationToken)
    {
        var created = await Connection.SendAsync("Target.createTarget", new { url = "about:blank" }, null, cancellationToken);
        var targetId = created.GetProperty("targetId").GetString();
        var attached = await Connection.SendAsync("Target.attachToTarget", new { targetId, flatten = true }, null, cancellationToken);
        var page = new BrowserPage(Connection, attached.GetProperty("sessionId").GetString()!);
        await page.PrepareAsync(width, height, cancellationToken);
        return page;
    }

    /// <summary>What Chromium wrote to stderr so far (for failure messages).</summary>
    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    private async Task<Uri> WaitForEndpointAsync(CancellationToken cancellationToken)
    {
        var portFile = Path.Combine(_profile, "DevToolsActivePort");
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TryReadPortFile(portFile) is { } fromFile)
            {
                return fromFile;
            }

            if (ListeningLine().Match(Stderr) is { Success: true } line)
            {
                return new Uri(line.Groups[1].Value);
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"chromium exited with code {_process.ExitCode} before DevTools started:\n{Stderr}");
            }

            await Task.Delay(50, cancellationToken);
        }

        throw new TimeoutException($"chromium did not announce a DevTools port within {StartTimeout.TotalSeconds} s:\n{Stderr}");
    }

    // The file holds the port on line 1 and the browser target's path on line 2; it can be seen half-written.
    private static Uri? TryReadPortFile(string path)
    {
        try
        {
            var lines = File.Exists(path) ? File.ReadAllLines(path) : [];
            return lines.Length >= 2 && int.TryParse(lines[0], out var port) && port > 0 && lines[1].StartsWith('/')
                ? new Uri($"ws://127.0.0.1:{port}{lines[1]}")
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex ListeningLine();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_connection is not null)
            {
                await _connection.DisposeAsync();
            }
        }
        finally
        {
            Stop();
            DeleteProfile();
        }
    }

    // Kill the whole tree while the browser is still its root: once the main process is gone, its
    // renderer and zygote children are orphans that no longer belong to any tree we can name.
    private void Stop()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void DeleteProfile()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(_profile))
                {
                    Directory.Delete(_profile, recursive: true);
                }

                return;
            }
            catch (IOException)
            {
                // A child process may still hold a file for a moment.
                Thread.Sleep(200);
            }
            catch (UnauthorizedAccessException)
            {
                Thread.Sleep(200);
            }
        }
    }
}
