namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>Grid lines, tick labels and axis titles shared by the charts.</summary>
internal static class AxisPainter
{
    /// <summary>Horizontal grid lines with value labels at the left of a vertical value axis.</summary>
    public static void ValueGridY(MarkupWriter writer, LinearScale y, IReadOnlyList<double> ticks, double left, double right, ValueFormat format)
    {
        writer.Open("g", ("class", "grid"));
        foreach (var tick in ticks)
        {
            var at = y.Map(tick);
            writer.Leaf("line", ("x1", left), ("x2", right), ("y1", at), ("y2", at), ("stroke", Palette.Grid));
            writer.Element("text", ChartText.Format(tick, format), ("class", "tick"), ("x", left - 8), ("y", at), ("text-anchor", "end"), ("dominant-baseline", "middle"));
        }

        writer.Close();
    }

    /// <summary>Vertical grid lines with value labels under a horizontal value axis.</summary>
    public static void ValueGridX(MarkupWriter writer, LinearScale x, IReadOnlyList<double> ticks, double top, double bottom, ValueFormat format)
    {
        writer.Open("g", ("class", "grid"));
        foreach (var tick in ticks)
        {
            var at = x.Map(tick);
            writer.Leaf("line", ("x1", at), ("x2", at), ("y1", top), ("y2", bottom), ("stroke", Palette.Grid));
            writer.Element("text", ChartText.Format(tick, format), ("class", "tick"), ("x", at), ("y", bottom + 16), ("text-anchor", "middle"));
        }

        writer.Close();
    }

    /// <summary>A vertical axis title, rotated, centred on the plot's height.</summary>
    public static void TitleY(MarkupWriter writer, string text, double x, double top, double bottom)
    {
        var middle = (top + bottom) / 2;
        writer.Element("text", text, ("class", "axis-title"), ("x", x), ("y", middle), ("text-anchor", "middle"),
            ("transform", $"rotate(-90 {MarkupWriter.Number(x)} {MarkupWriter.Number(middle)})"));
    }

    /// <summary>A horizontal axis title centred under the plot.</summary>
    public static void TitleX(MarkupWriter writer, string text, double left, double right, double y) =>
        writer.Element("text", text, ("class", "axis-title"), ("x", (left + right) / 2), ("y", y), ("text-anchor", "middle"));

    /// <summary>A dashed reference line across a vertical value axis, labelled at its right end.</summary>
    public static void ReferenceY(MarkupWriter writer, LinearScale y, ReferenceLine reference, double left, double right)
    {
        var at = y.Map(reference.Value);
        writer.Open("g", ("class", "reference"));
        writer.Leaf("line", ("x1", left), ("x2", right), ("y1", at), ("y2", at), ("stroke", Palette.Reference), ("stroke-dasharray", "4 4"));
        writer.Element("text", reference.Label, ("class", "ref-label"), ("x", right - 4), ("y", at - 5), ("text-anchor", "end"));
        writer.Close();
    }

    /// <summary>The value domain: the axis's fixed ends, or round numbers around the data and references.</summary>
    public static IReadOnlyList<double> Ticks(ValueAxis axis, IEnumerable<double> values)
    {
        var all = values.Where(double.IsFinite).ToList();
        var min = axis.Min ?? (all.Count > 0 ? Math.Min(0, all.Min()) : 0);
        var max = axis.Max ?? (all.Count > 0 ? Math.Max(0, all.Max()) : 1);
        return NiceTicks.Cover(min, max);
    }
}
