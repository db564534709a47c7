namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>The numbers behind a chart, as a table: the chart's full text alternative.</summary>
/// <param name="Caption">What the table lists.</param>
/// <param name="Columns">Column headers; the first column holds the row headers.</param>
/// <param name="Rows">Cells as printed text, one list per row, as many cells as columns.</param>
internal sealed record DataTable(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>Writes the table inside a closed <c>&lt;details&gt;</c> so it is one click away without crowding the page (print opens it).</summary>
    public void Write(MarkupWriter writer)
    {
        if (Rows.Any(r => r.Count != Columns.Count))
        {
            throw new InvalidOperationException($"table '{Caption}': every row needs {Columns.Count} cells");
        }

        writer.Open("details", ("class", "numbers"));
        writer.Element("summary", "Show the numbers");
        writer.Open("div", ("class", "table-wrap"));
        writer.Open("table");
        writer.Element("caption", Caption);
        writer.Open("thead").Open("tr");
        foreach (var column in Columns)
        {
            writer.Element("th", column, ("scope", "col"));
        }

        writer.Close().Close();
        writer.Open("tbody");
        foreach (var row in Rows)
        {
            writer.Open("tr");
            writer.Open("th", ("scope", "row")).Element("bdi", row[0]).Close();
            foreach (var cell in row.Skip(1))
            {
                writer.Element("td", cell);
            }

            writer.Close();
        }

        writer.Close().Close().Close().Close();
    }
}
