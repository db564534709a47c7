using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Rendering;

/// <summary>
/// Renders one <see cref="AnalysisReport"/> in one format (BenchmarkDotNet's exporter idea): the
/// report is computed once, each writer only formats it and reads every derived fact (headline
/// pair, verdict, diagnostics) from the report instead of deciding it. The shipped writers are
/// listed in <see cref="ReportWriters"/>.
/// </summary>
/// <remarks>
/// Writers take a <see cref="TextWriter"/>, not a <see cref="Stream"/>: the console summary goes to
/// the command's injected text output, the HTML page and the CSV are text, and the encoding (UTF-8
/// without BOM) is chosen once where a file is opened (<see cref="OutputFile"/>), not in every writer.
/// The JSON writer, the one byte-oriented writer, encodes into a buffer and hands the text over.
/// </remarks>
public interface IReportWriter
{
    /// <summary>The name a user chooses it by: <c>console</c>, <c>json</c>, <c>html</c>.</summary>
    string Name { get; }

    /// <summary>The file extension of its output, with the dot: <c>.txt</c>, <c>.json</c>, <c>.html</c>.</summary>
    string Extension { get; }

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>; renders only, computes nothing, does not close the writer.</summary>
    void Write(AnalysisReport report, TextWriter output);
}
