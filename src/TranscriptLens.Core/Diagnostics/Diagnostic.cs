namespace TranscriptLens.Core.Diagnostics;

/// <summary>
/// Something a stage noticed about its input that the user should know: a line it could not read,
/// an assumption it made (date order), a repair (out-of-order lines sorted).
/// </summary>
/// <param name="Severity">Info, warning or error.</param>
/// <param name="Source">The file (or file!entry for archives).</param>
/// <param name="Line">1-based source line, when it applies.</param>
/// <param name="Message">What happened and what was expected.</param>
/// <param name="Raw">The raw text involved (truncated), when it applies.</param>
/// <param name="Kind">What it is about, for the counts in reports.</param>
/// <param name="Occurrences">
/// How many occurrences it stands for: 1 for one line; for a closing "N in all" line, the ones not
/// reported one by one, so the occurrences of a kind add up to the true count.
/// </param>
public sealed record Diagnostic(
    DiagnosticSeverity Severity, string Source, int? Line, string Message, string? Raw = null,
    DiagnosticKind Kind = DiagnosticKind.Other, int Occurrences = 1)
{
    /// <summary>One line for a human: <c>file:line: warning: message</c>.</summary>
    public override string ToString()
    {
        var where = Line is { } line ? $"{Source}:{line}" : Source;
        var severity = Severity.ToString().ToLowerInvariant();
        return Raw is null ? $"{where}: {severity}: {Message}" : $"{where}: {severity}: {Message} [{Raw}]";
    }
}
