namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>
/// Draws grouped vertical bars from zero, each labelled with its value above it and a tooltip; the
/// bars with a value are the data marks. A missing value leaves its slot empty with "n/a", so an
/// absent figure never looks like a zero.
/// </summary>
internal static class GroupedBarChart
{
    private const double Width = 760;
    private const double Height = 250;
    private const double Left = 64;
    private const double Right = 16;
    private const double Top = 22;
    private const double Bottom = 44;

    /// <summary>The chart as inline SVG markup.</summary>
    public static string Render(GroupedBarData data)
    {
        if (data.Series.Any(s => s.Values.Count != data.Groups.Count))
        {
            throw new ArgumentException("every series needs one value per group", nameof(data));
        }

        var values = data.Series.SelectMany(s => s.Values).Where(v => v is { } d && double.IsFinite(d)).Select(v => v!.Value).ToList();
        var ticks = AxisPainter.Ticks(data.Axis, values);
        var y = new LinearScale(ticks[0], ticks[^1], Height - Bottom, Top);
        var groupWidth = (Width - Left - Right) / Math.Max(1, data.Groups.Count);
        var barWidth = Math.Min(56, (groupWidth * 0.7) / Math.Max(1, data.Series.Count));
        var zero = y.Map(Math.Clamp(0, ticks[0], ticks[^1]));

        var writer = new MarkupWriter();
        ChartFrame.Open(writer, data.Header, Width, Height, values.Count);
        AxisPainter.ValueGridY(writer, y, ticks, Left, Width - Right, data.Axis.Format);
        for (var g = 0; g < data.Groups.Count; g++)
        {
            var centre = Left + ((g + 0.5) * groupWidth);
            var first = centre - (barWidth * data.Series.Count / 2);
            writer.Open("g", ("class", "group"));
            for (var s = 0; s < data.Series.Count; s++)
            {
                Bar(writer, data, data.Series[s], g, first + (s * barWidth), barWidth, y, zero);
            }

            writer.Element("text", data.Groups[g], ("class", "group-label"), ("x", centre), ("y", Height - Bottom + 20), ("text-anchor", "middle"));
            writer.Close();
        }

        writer.Leaf("line", ("x1", Left), ("x2", Width - Right), ("y1", zero), ("y2", zero), ("stroke", Palette.Axis));
        AxisPainter.TitleY(writer, data.Axis.Label, 16, Top, Height - Bottom);
        writer.Close();
        return writer.ToString();
    }

    private static void Bar(MarkupWriter writer, GroupedBarData data, BarSeries series, int group, double x, double width, LinearScale y, double zero)
    {
        var centre = x + (width / 2);
        if (series.Values[group] is not { } value || !double.IsFinite(value))
        {
            writer.Element("text", "n/a", ("class", "value"), ("x", centre), ("y", zero - 6), ("text-anchor", "middle"));
            return;
        }

        var at = y.Map(value);
        var text = ChartText.Format(value, data.Axis.Format);
        writer.Open("rect", ("class", "mark"), ("x", x + 2), ("y", Math.Min(at, zero)), ("width", width - 4), ("height", Math.Max(0.5, Math.Abs(zero - at))), ("fill", series.Colour), ("rx", 2));
        ChartFrame.Tooltip(writer, $"{series.Name}, {data.Groups[group]}: {text}");
        writer.Close();
        writer.Element("text", text, ("class", "value"), ("x", centre), ("y", value >= 0 ? at - 6 : at + 14), ("text-anchor", "middle"));
    }
}
