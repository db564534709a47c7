using System.Text.RegularExpressions;
using TranscriptLens.Core.Rendering.Html;
using TranscriptLens.Core.Reports;
using TranscriptLens.Tests.Rendering.Html.Charts;

namespace TranscriptLens.Tests.Rendering.Html;

/// <summary>Renders reports through the real <see cref="HtmlReportWriter"/> and picks the page apart.</summary>
internal static partial class ReportPages
{
    public static string Render(AnalysisReport report)
    {
        var output = new StringWriter();
        new HtmlReportWriter().Write(report, output);
        return output.ToString();
    }

    /// <summary>Every inline chart, parsed, by its <c>data-chart</c> kind.</summary>
    public static IReadOnlyDictionary<string, SvgDocument> Charts(string html) =>
        SvgElement().Matches(html).Select(m => new SvgDocument(m.Value)).ToDictionary(s => (string)s.Root.Attribute("data-chart")!);

    [GeneratedRegex("<svg .*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgElement();
}
