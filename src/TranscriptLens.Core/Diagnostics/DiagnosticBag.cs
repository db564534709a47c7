namespace TranscriptLens.Core.Diagnostics;

/// <summary>Collects diagnostics from every stage of one run. Not thread-safe.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>Everything reported so far, in order.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>Adds one diagnostic.</summary>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>Adds an informational note.</summary>
    public void Info(string source, int? line, string message) =>
        Add(new Diagnostic(DiagnosticSeverity.Info, source, line, message));

    /// <summary>Adds a warning of <paramref name="kind"/>, keeping up to 120 characters of the raw text.</summary>
    public void Warn(string source, int? line, string message, string? raw = null, DiagnosticKind kind = DiagnosticKind.Other, int occurrences = 1) =>
        Add(new Diagnostic(DiagnosticSeverity.Warning, source, line, message, Truncate(raw), kind, occurrences));

    /// <summary>Number of diagnostics of the given severity.</summary>
    public int Count(DiagnosticSeverity severity) => _items.Count(d => d.Severity == severity);

    /// <summary>Occurrences of the given severity: every reported problem, also those only counted in an "N in all" line.</summary>
    public int Occurrences(DiagnosticSeverity severity) => _items.Where(d => d.Severity == severity).Sum(d => d.Occurrences);

    private static string? Truncate(string? raw) =>
        raw is null ? null : raw.Length <= 120 ? raw : string.Concat(raw.AsSpan(0, 117), "...");
}
