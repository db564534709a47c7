namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>
/// Draws each person's reply times as a histogram over shared time ranges (bar height: the share
/// of that person's replies, so people with very different numbers of replies compare honestly),
/// with a box under it spanning the middle half of their replies and a bar at the median.
/// Marks: every non-empty bar and every box.
/// </summary>
internal static class LatencyChart
{
    private const double Width = 760;
    private const double Left = 170;
    private const double Right = 20;
    private const double Top = 22;
    private const double HistogramHeight = 66;
    private const double BoxHeight = 14;
    private const double RowGap = 34;
    private const double Bottom = 48;
    private const double RowHeight = HistogramHeight + 8 + BoxHeight;

    /// <summary>The chart as inline SVG markup.</summary>
    public static string Render(LatencyChartData data)
    {
        Validate(data);
        var height = Top + (Math.Max(1, data.Rows.Count) * (RowHeight + RowGap)) - RowGap + Bottom;
        var axis = new LatencyAxis(data.Columns, Left, Width - Right);
        var maxShare = data.Rows.SelectMany(r => r.Counts.Select(c => Share(r, c))).DefaultIfEmpty(0).Max();
        var marks = data.Rows.Sum(r => r.Counts.Count(c => c > 0) + (r.Summary is null ? 0 : 1));

        var writer = new MarkupWriter();
        ChartFrame.Open(writer, data.Header, Width, height, marks);
        ColumnGrid(writer, data, axis, height - Bottom);
        for (var r = 0; r < data.Rows.Count; r++)
        {
            Row(writer, data, data.Rows[r], Top + (r * (RowHeight + RowGap)), axis, maxShare);
        }

        AxisPainter.TitleX(writer, data.AxisLabel, Left, Width - Right, height - 6);
        writer.Close();
        return writer.ToString();
    }

    private static void Row(MarkupWriter writer, LatencyChartData data, LatencyRow row, double y, LatencyAxis axis, double maxShare)
    {
        var total = row.Counts.Sum();
        writer.Open("text", ("class", "row-label"), ("x", Left - 12), ("y", y + 26), ("text-anchor", "end"), ("dominant-baseline", "central"));
        writer.Element("tspan", LabelFit.Shorten(row.Name, 20), ("class", "name"));
        writer.Element("tspan", $"{ReportText.Number(total)} replies", ("class", "note"), ("x", Left - 12), ("dy", 18));
        if (row.Summary is { } s)
        {
            writer.Element("tspan", $"median {ReportText.Duration(s.Median)}", ("class", "note"), ("x", Left - 12), ("dy", 16));
        }

        ChartFrame.Tooltip(writer, row.Name);
        writer.Close();

        var baseline = y + HistogramHeight;
        writer.Leaf("line", ("x1", Left), ("x2", Width - Right), ("y1", baseline), ("y2", baseline), ("stroke", Palette.Axis));
        writer.Open("g", ("class", "histogram"), ("fill", row.Colour));
        for (var c = 0; c < data.Columns.Count; c++)
        {
            var count = row.Counts[c];
            if (count <= 0)
            {
                continue;
            }

            var share = Share(row, count);
            var h = maxShare > 0 ? share / maxShare * HistogramHeight : 0;
            var x = axis.ColumnStart(c) + 6;
            var w = axis.ColumnWidth - 12;
            writer.Open("rect", ("class", "mark"), ("x", x), ("y", baseline - h), ("width", w), ("height", Math.Max(0.5, h)), ("rx", 2));
            ChartFrame.Tooltip(writer, $"{row.Name}: {ReportText.Percent(share)} of replies ({ReportText.Number(count)}) took {data.Columns[c].Label}");
            writer.Close();
            writer.Element("text", ReportText.Percent(share), ("class", "value"), ("x", x + (w / 2)), ("y", baseline - h - 5), ("text-anchor", "middle"));
        }

        writer.Close();
        if (row.Summary is { } summary)
        {
            Box(writer, row, summary, baseline + 8, axis);
        }
    }

    private static void Box(MarkupWriter writer, LatencyRow row, LatencySummary s, double y, LatencyAxis axis)
    {
        var q1 = axis.Map(s.Q1);
        var q3 = axis.Map(s.Q3);
        var median = axis.Map(s.Median);
        writer.Open("g", ("class", "box"));
        writer.Open("rect", ("class", "mark"), ("x", q1), ("y", y), ("width", Math.Max(2, q3 - q1)), ("height", BoxHeight), ("fill", row.Colour), ("fill-opacity", 0.25), ("stroke", row.Colour), ("stroke-width", 1.5), ("rx", 3));
        ChartFrame.Tooltip(writer, $"{row.Name}: median {ReportText.Duration(s.Median)}; the middle half of replies took {ReportText.Duration(s.Q1)} to {ReportText.Duration(s.Q3)}");
        writer.Close();
        writer.Leaf("line", ("x1", median), ("x2", median), ("y1", y - 3), ("y2", y + BoxHeight + 3), ("stroke", Palette.Ink), ("stroke-width", 2.5), ("stroke-linecap", "round"));
        writer.Close();
    }

    private static void ColumnGrid(MarkupWriter writer, LatencyChartData data, LatencyAxis axis, double bottom)
    {
        writer.Open("g", ("class", "grid"));
        for (var c = 0; c < data.Columns.Count; c++)
        {
            var start = axis.ColumnStart(c);
            if (c > 0)
            {
                writer.Leaf("line", ("x1", start), ("x2", start), ("y1", Top - 14), ("y2", bottom), ("stroke", Palette.Grid));
            }

            writer.Element("text", data.Columns[c].Label, ("class", "tick"), ("x", start + (axis.ColumnWidth / 2)), ("y", bottom + 18), ("text-anchor", "middle"));
        }

        writer.Close();
    }

    private static double Share(LatencyRow row, int count)
    {
        var total = row.Counts.Sum();
        return total == 0 ? 0 : (double)count / total;
    }

    private static void Validate(LatencyChartData data)
    {
        for (var i = 0; i < data.Columns.Count; i++)
        {
            var column = data.Columns[i];
            var badEdge = column.FromSeconds < 0 || (column.ToSeconds is { } to && to <= column.FromSeconds);
            var notLast = column.ToSeconds is null && i != data.Columns.Count - 1;
            if (badEdge || notLast)
            {
                throw new ArgumentException($"latency column '{column.Label}' needs 0 <= from < to (only the last may be open)", nameof(data));
            }
        }

        if (data.Rows.Any(r => r.Counts.Count != data.Columns.Count || r.Counts.Any(c => c < 0)))
        {
            throw new ArgumentException("every latency row needs one non-negative count per column", nameof(data));
        }
    }
}
