namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>A chart with everything a reader needs around it: heading, one-line reading, legend, note and data table.</summary>
/// <param name="Title">The heading.</param>
/// <param name="Lead">One sentence saying what to look for; optional.</param>
/// <param name="ChartMarkup">The chart's SVG from one of the chart renderers.</param>
/// <param name="Legend">Legend entries (may be empty when the chart labels itself).</param>
/// <param name="Table">The numbers behind the chart.</param>
/// <param name="Note">A caveat or definition in small print; optional.</param>
internal sealed record ReportFigure(
    string Title,
    string? Lead,
    string ChartMarkup,
    IReadOnlyList<LegendItem> Legend,
    DataTable Table,
    string? Note = null)
{
    /// <summary>Writes the figure.</summary>
    public void Write(MarkupWriter writer)
    {
        writer.Open("figure", ("class", "card chart-card"));
        writer.Open("figcaption");
        writer.Element("h3", Title);
        if (!string.IsNullOrEmpty(Lead))
        {
            writer.Element("p", Lead, ("class", "lead"));
        }

        writer.Close();
        Charts.Legend.Write(writer, Legend);
        writer.Open("div", ("class", "chart-wrap")).Raw(ChartMarkup).Close();
        if (!string.IsNullOrEmpty(Note))
        {
            writer.Element("p", Note, ("class", "note"));
        }

        Table.Write(writer);
        writer.Close();
        writer.Line();
    }
}
