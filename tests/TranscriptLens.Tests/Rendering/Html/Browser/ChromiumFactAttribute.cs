namespace TranscriptLens.Tests.Rendering.Html.Browser;

/// <summary>
/// A fact that needs a real headless Chromium: skipped when none is installed on a developer
/// machine, but run (and failing) in CI (CI=true), where <c>.ci/run</c> installs Debian's chromium.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when Chromium is absent outside CI.</summary>
    public ChromiumFactAttribute()
    {
        if (ChromiumLocator.Executable is null && Environment.GetEnvironmentVariable("CI") is null)
        {
            Skip = "chromium is not installed (apt-get install chromium); CI always runs this test";
        }
    }
}
