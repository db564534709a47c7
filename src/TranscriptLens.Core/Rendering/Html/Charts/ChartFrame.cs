namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>
/// The outer <c>&lt;svg&gt;</c> of every chart: a fixed view box that scales to the page width,
/// <c>role="img"</c> named by its <c>&lt;title&gt;</c> and described by its <c>&lt;desc&gt;</c>, and
/// <c>data-chart</c> / <c>data-marks</c> so a test can check in a real browser that every data mark rendered.
/// </summary>
internal static class ChartFrame
{
    /// <summary>Opens the chart; the caller draws into it and closes it with <see cref="MarkupWriter.Close"/>.</summary>
    public static void Open(MarkupWriter writer, ChartHeader header, double width, double height, int marks)
    {
        var titleId = header.Id + "-title";
        var descriptionId = header.Id + "-desc";
        writer.Open(
            "svg",
            ("id", header.Id),
            ("class", "chart"),
            ("data-chart", header.Kind),
            ("data-marks", marks),
            ("viewBox", $"0 0 {MarkupWriter.Number(width)} {MarkupWriter.Number(height)}"),
            // Never wider than designed: text in the chart stays the size of the text around it.
            ("style", $"max-width:{MarkupWriter.Number(width)}px"),
            ("role", "img"),
            ("aria-labelledby", titleId),
            ("aria-describedby", descriptionId));
        writer.Element("title", header.Title, ("id", titleId));
        writer.Element("desc", header.Description, ("id", descriptionId));
    }

    /// <summary>A native tooltip for the element just opened (browsers show an SVG <c>&lt;title&gt;</c> child on hover, no script needed).</summary>
    public static void Tooltip(MarkupWriter writer, string text) => writer.Element("title", text);
}
