namespace TranscriptLens.Core.Reporting;

/// <summary>
/// Renders a report as one self-contained HTML page (<c>analyze --html FILE</c>). Implemented by the
/// HTML report and registered in DI; the CLI refuses <c>--html</c> with a usage error when no
/// implementation is registered.
/// </summary>
public interface IHtmlReportWriter
{
    /// <summary>Writes the page for <paramref name="report"/> to <paramref name="output"/>; renders only, computes nothing.</summary>
    void Write(AnalysisReport report, TextWriter output);
}
