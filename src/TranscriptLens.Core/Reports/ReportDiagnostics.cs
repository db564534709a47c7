namespace TranscriptLens.Core.Reports;

/// <summary>
/// What went wrong while reading the export behind a report, in counts: lines that could not be
/// read or were repaired (warnings) and data that was lost (errors). Bad input is data: the writers
/// tell the reader when the numbers rest on an export that was not read in full.
/// </summary>
/// <param name="Warnings">Diagnostics of severity warning: data was repaired or a line could not be fully read.</param>
/// <param name="Errors">Diagnostics of severity error: data was lost or the input is wrong.</param>
/// <param name="ByKind">The warnings and errors per kind, most frequent first; empty when there were none.</param>
public sealed record ReportDiagnostics(int Warnings, int Errors, IReadOnlyList<DiagnosticCount> ByKind)
{
    /// <summary>A clean read: no warnings, no errors.</summary>
    public static ReportDiagnostics None { get; } = new(0, 0, []);

    /// <summary>Warnings and errors together: the lines the reader is told about.</summary>
    public int Problems => Warnings + Errors;
}
