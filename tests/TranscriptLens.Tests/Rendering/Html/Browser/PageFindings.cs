namespace TranscriptLens.Tests.Rendering.Html.Browser;

/// <summary>Everything a self-contained report must not do while it loads.</summary>
public sealed class PageFindings
{
    /// <summary>Requests for anything other than the page's own file.</summary>
    public List<string> Requests { get; } = [];

    /// <summary><c>console.error</c> calls.</summary>
    public List<string> ConsoleErrors { get; } = [];

    /// <summary>Uncaught exceptions.</summary>
    public List<string> Exceptions { get; } = [];

    /// <summary>Browser log entries at error level (CSP violations, failed loads).</summary>
    public List<string> LogErrors { get; } = [];

    /// <summary>True when the page loaded nothing else and reported no error.</summary>
    public bool Clean => Requests.Count + ConsoleErrors.Count + Exceptions.Count + LogErrors.Count == 0;

    /// <inheritdoc />
    public override string ToString() =>
        $"requests: [{string.Join(", ", Requests)}]; console errors: [{string.Join(", ", ConsoleErrors)}]; "
        + $"exceptions: [{string.Join(", ", Exceptions)}]; log errors: [{string.Join(", ", LogErrors)}]";
}
