using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Pipeline;

/// <summary>Turns a run's diagnostics into the counts every report carries (JSON <c>diagnostics</c>, the HTML notice, the console note).</summary>
internal static class DiagnosticSummary
{
    /// <summary>
    /// Warnings and errors as occurrences (a closing "N in all" line counts for the ones it stands
    /// for), per kind, most frequent first and then by name; notes (info) are not problems and are left out.
    /// </summary>
    public static ReportDiagnostics Summarize(DiagnosticBag diagnostics)
    {
        var warnings = diagnostics.Occurrences(DiagnosticSeverity.Warning);
        var errors = diagnostics.Occurrences(DiagnosticSeverity.Error);
        if (warnings + errors == 0)
        {
            return ReportDiagnostics.None;
        }

        var byKind = diagnostics.Items
            .Where(d => d.Severity != DiagnosticSeverity.Info)
            .GroupBy(d => d.Kind)
            .Select(g => new DiagnosticCount(Name(g.Key), g.Sum(d => d.Occurrences)))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Kind, StringComparer.Ordinal)
            .ToArray();
        return new ReportDiagnostics(warnings, errors, byKind);
    }

    /// <summary>The kind's name in reports: <c>skipped</c>, <c>repaired</c>, <c>truncated</c>, <c>out_of_order</c>, <c>assumption</c>, <c>other</c>.</summary>
    public static string Name(DiagnosticKind kind) => kind switch
    {
        DiagnosticKind.Skipped => "skipped",
        DiagnosticKind.Repaired => "repaired",
        DiagnosticKind.Truncated => "truncated",
        DiagnosticKind.OutOfOrder => "out_of_order",
        DiagnosticKind.Assumption => "assumption",
        _ => "other",
    };
}
