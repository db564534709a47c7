using TranscriptLens.Core.Diagnostics;

namespace TranscriptLens.Cli.Commands;

/// <summary>Prints a run's diagnostics to stderr: the first few in full, then a one-line summary.</summary>
public static class DiagnosticReport
{
    private const int Shown = 10;

    /// <summary>Writes the diagnostics and the summary line.</summary>
    public static void Write(TextWriter error, DiagnosticBag diagnostics, string summary)
    {
        var notable = diagnostics.Items.Where(d => d.Severity != DiagnosticSeverity.Info).ToList();
        foreach (var diagnostic in notable.Take(Shown))
        {
            error.WriteLine(diagnostic.ToString());
        }

        if (notable.Count > Shown)
        {
            error.WriteLine($"... and {notable.Count - Shown} more");
        }

        // Occurrences, not lines: "7 warning(s)" for seven bad rows even when five are listed and a
        // closing line counts the other two; the JSON and HTML reports show the same numbers.
        var warnings = diagnostics.Occurrences(DiagnosticSeverity.Warning);
        var errors = diagnostics.Occurrences(DiagnosticSeverity.Error);
        var notes = diagnostics.Items.Where(d => d.Severity == DiagnosticSeverity.Info).Select(d => d.Message);
        var tail = warnings + errors == 0 ? "no problems" : $"{warnings} warning(s), {errors} error(s)";
        error.WriteLine($"{summary}; {tail}");
        foreach (var note in notes.Take(Shown))
        {
            error.WriteLine($"  note: {note}");
        }
    }
}
