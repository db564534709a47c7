namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>
/// Draws scores in [−1, 1] as bars from a centre line, coloured by the side they lean to, with the
/// value printed at the bar's end and the two sides named above the plot. Bars with a value are
/// the marks; a missing score shows "n/a" on the centre line.
/// </summary>
internal static class DivergingBarChart
{
    private const double Width = 760;
    private const double Left = 210;
    private const double Right = 56;
    private const double Top = 34;
    private const double BarHeight = 22;
    private const double RowGap = 12;
    private const double Bottom = 30;

    /// <summary>The chart as inline SVG markup.</summary>
    public static string Render(DivergingBarData data)
    {
        var height = Top + (data.Rows.Count * (BarHeight + RowGap)) - RowGap + Bottom;
        var x = new LinearScale(-1, 1, Left, Width - Right);
        var centre = x.Map(0);
        var marks = data.Rows.Count(r => r.Value is { } v && double.IsFinite(v));

        var writer = new MarkupWriter();
        ChartFrame.Open(writer, data.Header, Width, height, marks);
        AxisPainter.ValueGridX(writer, x, [-1, -0.5, 0, 0.5, 1], Top - 6, height - Bottom + 2, ValueFormat.Signed);
        writer.Element("text", "\u2190 " + data.NegativeSide, ("class", "side-label"), ("x", centre - 10), ("y", Top - 16), ("text-anchor", "end"));
        writer.Element("text", data.PositiveSide + " \u2192", ("class", "side-label"), ("x", centre + 10), ("y", Top - 16), ("text-anchor", "start"));
        for (var r = 0; r < data.Rows.Count; r++)
        {
            Row(writer, data, data.Rows[r], Top + (r * (BarHeight + RowGap)), x, centre);
        }

        writer.Leaf("line", ("x1", centre), ("x2", centre), ("y1", Top - 6), ("y2", height - Bottom + 2), ("stroke", Palette.Ink), ("stroke-width", 1.5));
        writer.Close();
        return writer.ToString();
    }

    private static void Row(MarkupWriter writer, DivergingBarData data, DivergingBarRow row, double y, LinearScale x, double centre)
    {
        var middle = y + (BarHeight / 2);
        writer.Element("text", row.Label, ("class", "row-label"), ("x", Left - 14), ("y", middle), ("text-anchor", "end"), ("dominant-baseline", "central"));
        if (row.Value is not { } value || !double.IsFinite(value))
        {
            writer.Element("text", "n/a", ("class", "value"), ("x", centre + 8), ("y", middle), ("dominant-baseline", "central"));
            return;
        }

        var end = x.Map(value);
        var positive = value >= 0;
        writer.Open("rect", ("class", "mark"), ("x", Math.Min(centre, end)), ("y", y), ("width", Math.Max(1, Math.Abs(end - centre))), ("height", BarHeight),
            ("fill", positive ? data.PositiveColour : data.NegativeColour), ("rx", 2));
        ChartFrame.Tooltip(writer, $"{row.Label}: {ReportText.Signed(value)} ({(positive ? data.PositiveSide : data.NegativeSide)})");
        writer.Close();
        writer.Element("text", ReportText.Signed(value), ("class", "value"), ("x", positive ? end + 6 : end - 6), ("y", middle), ("text-anchor", positive ? "start" : "end"), ("dominant-baseline", "central"));
    }
}
