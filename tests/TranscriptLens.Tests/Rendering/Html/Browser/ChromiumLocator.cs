namespace TranscriptLens.Tests.Rendering.Html.Browser;

/// <summary>Finds a Chromium executable: <c>CHROMIUM_PATH</c>, else Debian's <c>chromium</c> or another usual name on PATH.</summary>
public static class ChromiumLocator
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    private static readonly Lazy<string?> Found = new(Find);

    /// <summary>The executable's full path, or null when none is installed.</summary>
    public static string? Executable => Found.Value;

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in Names)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
