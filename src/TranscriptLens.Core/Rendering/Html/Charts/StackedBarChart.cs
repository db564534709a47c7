namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>
/// Draws each row as one bar split into its segments' shares, with the share printed inside
/// segments wide enough to hold it and a tooltip on every segment. The non-empty segments are the
/// data marks. Rows with no counts show an outlined empty bar saying so.
/// </summary>
internal static class StackedBarChart
{
    private const double Width = 760;
    private const double Left = 170;
    private const double Right = 20;
    private const double BarHeight = 30;
    private const double RowGap = 22;
    private const double Bottom = 44;

    /// <summary>The chart as inline SVG markup.</summary>
    public static string Render(StackedBarData data)
    {
        if (data.Rows.Any(r => r.Counts.Count != data.Segments.Count || r.Counts.Any(c => !double.IsFinite(c) || c < 0)))
        {
            throw new ArgumentException("every row needs one finite, non-negative count per segment", nameof(data));
        }

        var top = data.References.Count > 0 ? 30.0 : 10.0;
        var height = top + (data.Rows.Count * (BarHeight + RowGap)) - RowGap + Bottom;
        var x = new LinearScale(0, 1, Left, Width - Right);
        var marks = data.Rows.Sum(r => r.Counts.Count(c => c > 0));

        var writer = new MarkupWriter();
        ChartFrame.Open(writer, data.Header, Width, height, marks);
        AxisPainter.ValueGridX(writer, x, [0, 0.25, 0.5, 0.75, 1], top - 4, height - Bottom + 4, ValueFormat.Percent);
        for (var r = 0; r < data.Rows.Count; r++)
        {
            Row(writer, data, data.Rows[r], top + (r * (BarHeight + RowGap)), x);
        }

        foreach (var reference in data.References)
        {
            Reference(writer, reference, x, top, height - Bottom);
        }

        AxisPainter.TitleX(writer, data.AxisLabel, Left, Width - Right, height - 6);
        writer.Close();
        return writer.ToString();
    }

    private static void Row(MarkupWriter writer, StackedBarData data, StackedBarRow row, double y, LinearScale x)
    {
        RowLabel(writer, row, y);
        var total = row.Counts.Sum();
        if (total <= 0)
        {
            writer.Leaf("rect", ("x", Left), ("y", y), ("width", Width - Right - Left), ("height", BarHeight), ("fill", "none"), ("stroke", Palette.Axis), ("stroke-dasharray", "3 3"));
            writer.Element("text", "no data", ("class", "value"), ("x", (Left + Width - Right) / 2), ("y", y + (BarHeight / 2)), ("text-anchor", "middle"), ("dominant-baseline", "central"));
            return;
        }

        writer.Open("g", ("class", "bar"));
        var start = 0.0;
        for (var s = 0; s < data.Segments.Count; s++)
        {
            var count = row.Counts[s];
            if (count <= 0)
            {
                continue;
            }

            var share = count / total;
            var x0 = x.Map(start);
            var x1 = x.Map(start + share);
            var segment = data.Segments[s];
            writer.Open("rect", ("class", "mark"), ("x", x0), ("y", y), ("width", Math.Max(0.5, x1 - x0)), ("height", BarHeight), ("fill", segment.Colour), ("stroke", "#ffffff"), ("stroke-width", 1));
            ChartFrame.Tooltip(writer, $"{row.Label}: {segment.Name} {ReportText.Percent(share)} ({ReportText.Number(count)} of {ReportText.Number(total)} {data.Unit})");
            writer.Close();
            if (x1 - x0 >= 36)
            {
                writer.Element("text", ReportText.Percent(share), ("class", "value inside"), ("x", (x0 + x1) / 2), ("y", y + (BarHeight / 2)), ("text-anchor", "middle"), ("dominant-baseline", "central"));
            }

            start += share;
        }

        writer.Close();
    }

    private static void RowLabel(MarkupWriter writer, StackedBarRow row, double y)
    {
        var hasNote = !string.IsNullOrEmpty(row.Note);
        writer.Open("text", ("class", "row-label"), ("x", Left - 10), ("y", y + (hasNote ? 12 : BarHeight / 2)), ("text-anchor", "end"), ("dominant-baseline", "central"));
        writer.Element("tspan", LabelFit.Shorten(row.Label, 20), ("class", "name"));
        if (hasNote)
        {
            writer.Element("tspan", row.Note, ("class", "note"), ("x", Left - 10), ("dy", 16));
        }

        ChartFrame.Tooltip(writer, row.Label);
        writer.Close();
    }

    private static void Reference(MarkupWriter writer, ReferenceLine reference, LinearScale x, double top, double bottom)
    {
        var at = x.Map(reference.Value);
        writer.Open("g", ("class", "reference"));
        writer.Leaf("line", ("x1", at), ("x2", at), ("y1", top - 6), ("y2", bottom + 4), ("stroke", Palette.Ink), ("stroke-width", 1.5), ("stroke-dasharray", "4 3"));
        writer.Element("text", reference.Label, ("class", "ref-label"), ("x", at), ("y", top - 12), ("text-anchor", at > Width - 160 ? "end" : "middle"));
        writer.Close();
    }
}
