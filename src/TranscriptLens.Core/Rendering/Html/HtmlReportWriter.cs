using TranscriptLens.Core.Rendering.Html.Charts;
using TranscriptLens.Core.Rendering.Html.Sections;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Rendering.Html;

/// <summary>
/// The HTML report: one self-contained page (inline CSS, charts as inline SVG, no script, nothing
/// fetched) that leads with the findings in plain words and then shows each measure as a chart
/// with its numbers one click away. Renders only; every figure comes from the report.
/// </summary>
internal sealed class HtmlReportWriter : IReportWriter
{
    /// <inheritdoc />
    public string Name => "html";

    /// <inheritdoc />
    public string Extension => ".html";

    /// <inheritdoc />
    public void Write(AnalysisReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var focus = ReportFocus.Of(report);
        var body = new MarkupWriter();
        HeaderSection.Write(body, focus);
        SummarySection.Write(body, focus);
        ReachingOutSection.Write(body, focus);
        ReplySpeedSection.Write(body, focus);
        EngagementSection.Write(body, focus);
        TurningTowardSection.Write(body, focus);
        BalanceSection.Write(body, focus);
        ReadingGuideSection.Write(body, report);
        HtmlPage.Write(output, "TranscriptLens \u00B7 " + HeaderSection.Title(focus), body.ToString());
    }
}
