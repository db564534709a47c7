namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>
/// Draws one estimate as a dot on a −1 to +1 scale with its interval as a bar behind it, the
/// balanced middle marked, and the two sides named at the ends. The dot is the one mark; without
/// an estimate the scale says why instead of drawing a dot at zero.
/// </summary>
internal static class IntervalGauge
{
    private const double Width = 440;
    private const double Height = 92;
    private const double Left = 18;
    private const double Right = 18;
    private const double TrackY = 44;

    /// <summary>The gauge as inline SVG markup.</summary>
    public static string Render(GaugeData data)
    {
        var x = new LinearScale(-1, 1, Left, Width - Right);
        var value = data.Value is { } v && double.IsFinite(v) ? v : (double?)null;
        var writer = new MarkupWriter();
        ChartFrame.Open(writer, data.Header, Width, Height, value is null ? 0 : 1);
        // Each half of the scale is tinted with the colour of the person it leans to.
        writer.Leaf("line", ("x1", Left), ("x2", x.Map(0)), ("y1", TrackY), ("y2", TrackY), ("stroke", data.NegativeColour), ("stroke-opacity", 0.3), ("stroke-width", 8), ("stroke-linecap", "round"));
        writer.Leaf("line", ("x1", x.Map(0)), ("x2", Width - Right), ("y1", TrackY), ("y2", TrackY), ("stroke", data.PositiveColour), ("stroke-opacity", 0.3), ("stroke-width", 8), ("stroke-linecap", "round"));
        foreach (var tick in (double[])[-1, -0.5, 0, 0.5, 1])
        {
            var at = x.Map(tick);
            writer.Leaf("line", ("x1", at), ("x2", at), ("y1", TrackY + 8), ("y2", TrackY + (tick == 0 ? 14 : 11)), ("stroke", tick == 0 ? Palette.Ink : Palette.Axis), ("stroke-width", tick == 0 ? 2 : 1));
            writer.Element("text", ReportText.Signed(tick), ("class", "tick"), ("x", at), ("y", TrackY + 28), ("text-anchor", tick == -1 ? "start" : tick == 1 ? "end" : "middle"));
        }

        writer.Element("text", "\u2190 " + data.NegativeSide, ("class", "side-label"), ("x", Left), ("y", 14), ("text-anchor", "start"));
        writer.Element("text", data.PositiveSide + " \u2192", ("class", "side-label"), ("x", Width - Right), ("y", 14), ("text-anchor", "end"));
        if (value is not { } estimate)
        {
            writer.Element("text", data.MissingText, ("class", "value"), ("x", Width / 2), ("y", TrackY - 12), ("text-anchor", "middle"));
            writer.Close();
            return writer.ToString();
        }

        if (data.Low is { } low && data.High is { } high && double.IsFinite(low) && double.IsFinite(high))
        {
            writer.Leaf("line", ("x1", x.Map(low)), ("x2", x.Map(high)), ("y1", TrackY), ("y2", TrackY), ("stroke", Palette.Ink), ("stroke-opacity", 0.28), ("stroke-width", 18), ("stroke-linecap", "round"));
        }

        writer.Open("circle", ("class", "mark"), ("cx", x.Map(estimate)), ("cy", TrackY), ("r", 8), ("fill", Palette.Ink), ("stroke", "#ffffff"), ("stroke-width", 2.5));
        ChartFrame.Tooltip(writer, data.Header.Description);
        writer.Close();
        writer.Close();
        return writer.ToString();
    }
}
