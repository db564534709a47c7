using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Rendering;
using TranscriptLens.Core.Rendering.Console;
using TranscriptLens.Core.Rendering.Html;
using TranscriptLens.Core.Rendering.Json;

namespace TranscriptLens.Core.Formats;

/// <summary>
/// The shipped report writers, the one list everything reads (the CLI registers it); chosen by name.
/// It lives beside <see cref="ChatFormats"/>, above the writers, so that the writers' namespaces
/// (which use <see cref="Rendering.ReportText"/>) never point back at the list that names them.
/// </summary>
public static class ReportFormats
{
    /// <summary>Every shipped writer: console, json, html.</summary>
    public static IReadOnlyList<IReportWriter> All { get; } = [new ConsoleReportWriter(), new JsonReportWriter(), new HtmlReportWriter()];

    /// <summary>The names, in list order, for help and error messages.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(w => w.Name)];

    /// <summary>The writer called <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="UsageException">No writer has that name; the message lists the names.</exception>
    public static IReportWriter Get(string name) =>
        All.FirstOrDefault(w => string.Equals(w.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new UsageException($"unknown report format '{name}'; expected one of: {string.Join(", ", Names)}");
}
