namespace TranscriptLens.Core.Reports;

/// <summary>How many diagnostics of one kind reading the export produced.</summary>
/// <param name="Kind">A short, stable name of the kind (e.g. <c>unreadable_line</c>), as the parser names it.</param>
/// <param name="Count">How many there were (at least 1).</param>
public sealed record DiagnosticCount(string Kind, int Count);
