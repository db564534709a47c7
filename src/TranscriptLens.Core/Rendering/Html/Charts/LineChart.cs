namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>
/// Draws values over periods as lines with dots, an interval band around each line, and context
/// lines. A period without an estimate breaks the line and the band and is shaded as "no estimate":
/// a gap, never a zero. The dots are the data marks (one per estimate), each with a tooltip.
/// </summary>
internal static class LineChart
{
    private const double Width = 760;
    private const double Height = 300;
    private const double Left = 64;
    private const double Right = 16;
    private const double Top = 14;
    private const double Bottom = 52;

    /// <summary>The chart as inline SVG markup.</summary>
    public static string Render(LineChartData data)
    {
        Validate(data);
        data = data with { Series = [.. data.Series.Select(Finite)] };
        var periods = data.Periods.Count;
        var marks = data.Series.Sum(s => s.Values.Count(v => v.HasValue));
        var ticks = AxisPainter.Ticks(data.Axis, Extremes(data));
        var y = new LinearScale(ticks[0], ticks[^1], Height - Bottom, Top);
        var step = (Width - Left - Right) / Math.Max(1, periods);
        double X(int i) => Left + ((i + 0.5) * step);

        var writer = new MarkupWriter();
        ChartFrame.Open(writer, data.Header, Width, Height, marks);
        NoEstimateColumns(writer, data, step, X);
        AxisPainter.ValueGridY(writer, y, ticks, Left, Width - Right, data.Axis.Format);
        foreach (var reference in data.References)
        {
            AxisPainter.ReferenceY(writer, y, reference, Left, Width - Right);
        }

        Sides(writer, data);
        foreach (var series in data.Series)
        {
            Band(writer, series, y, X);
        }

        foreach (var series in data.Series)
        {
            Lines(writer, series, y, X);
        }

        foreach (var series in data.Series)
        {
            Dots(writer, data, series, y, X);
        }

        PeriodLabels(writer, data.Periods, step, X);
        writer.Leaf("line", ("x1", Left), ("x2", Width - Right), ("y1", Height - Bottom), ("y2", Height - Bottom), ("stroke", Palette.Axis));
        AxisPainter.TitleY(writer, data.Axis.Label, 16, Top, Height - Bottom);
        AxisPainter.TitleX(writer, data.PeriodLabel, Left, Width - Right, Height - 8);
        writer.Close();
        return writer.ToString();
    }

    private static void Sides(MarkupWriter writer, LineChartData data)
    {
        if (data.UpperSide is { Length: > 0 } upper)
        {
            writer.Element("text", upper, ("class", "side-label side-upper"), ("x", Left + 8), ("y", Top + 14));
        }

        if (data.LowerSide is { Length: > 0 } lower)
        {
            writer.Element("text", lower, ("class", "side-label side-lower"), ("x", Left + 8), ("y", Height - Bottom - 8));
        }
    }

    private static void NoEstimateColumns(MarkupWriter writer, LineChartData data, double step, Func<int, double> x)
    {
        writer.Open("g", ("class", "no-estimate"));
        for (var i = 0; i < data.Periods.Count; i++)
        {
            if (data.Series.All(s => s.Values[i] is null))
            {
                writer.Open("rect", ("x", x(i) - (step / 2)), ("y", Top), ("width", step), ("height", Height - Bottom - Top), ("fill", Palette.NoData));
                ChartFrame.Tooltip(writer, $"{data.Periods[i]}: too little data for an estimate");
                writer.Close();
            }
        }

        writer.Close();
    }

    private static void Band(MarkupWriter writer, LineSeries series, LinearScale y, Func<int, double> x)
    {
        if (series.Low is null || series.High is null)
        {
            return;
        }

        writer.Open("g", ("class", "band"), ("fill", series.Colour), ("stroke", series.Colour));
        foreach (var run in Runs(i => series.Low[i] is not null && series.High[i] is not null, series.Values.Count))
        {
            if (run.Count == 1)
            {
                // A lone period has no neighbours to span: its interval is an error bar.
                var at = x(run[0]);
                writer.Leaf("line", ("x1", at), ("x2", at), ("y1", y.Map(series.Low[run[0]]!.Value)), ("y2", y.Map(series.High[run[0]]!.Value)),
                    ("stroke-width", 6), ("stroke-opacity", 0.25), ("stroke-linecap", "round"));
                continue;
            }

            var upper = run.Select(i => $"{MarkupWriter.Number(x(i))} {MarkupWriter.Number(y.Map(series.High[i]!.Value))}");
            var lower = run.AsEnumerable().Reverse().Select(i => $"{MarkupWriter.Number(x(i))} {MarkupWriter.Number(y.Map(series.Low[i]!.Value))}");
            writer.Leaf("path", ("d", "M" + string.Join(" L", upper.Concat(lower)) + " Z"), ("fill-opacity", 0.18), ("stroke", "none"));
        }

        writer.Close();
    }

    private static void Lines(MarkupWriter writer, LineSeries series, LinearScale y, Func<int, double> x)
    {
        writer.Open("g", ("class", "line"), ("fill", "none"), ("stroke", series.Colour), ("stroke-width", 2.5), ("stroke-linejoin", "round"), ("stroke-linecap", "round"));
        foreach (var run in Runs(i => series.Values[i] is not null, series.Values.Count).Where(r => r.Count > 1))
        {
            var points = run.Select(i => $"{MarkupWriter.Number(x(i))} {MarkupWriter.Number(y.Map(series.Values[i]!.Value))}");
            writer.Leaf("path", ("d", "M" + string.Join(" L", points)));
        }

        writer.Close();
    }

    private static void Dots(MarkupWriter writer, LineChartData data, LineSeries series, LinearScale y, Func<int, double> x)
    {
        // Dots shrink when periods are many (weekly over years) so neighbours do not merge into a bar.
        var step = data.Periods.Count > 1 ? x(1) - x(0) : Width;
        var radius = Math.Clamp(step * 0.3, 2, 4);
        writer.Open("g", ("class", "dots"), ("fill", series.Colour), ("stroke", "#ffffff"), ("stroke-width", 1.5));
        for (var i = 0; i < series.Values.Count; i++)
        {
            if (series.Values[i] is not { } value)
            {
                continue;
            }

            writer.Open("circle", ("class", "mark"), ("cx", x(i)), ("cy", y.Map(value)), ("r", radius));
            ChartFrame.Tooltip(writer, Tooltip(data, series, i, value));
            writer.Close();
        }

        writer.Close();
    }

    private static string Tooltip(LineChartData data, LineSeries series, int i, double value)
    {
        var text = $"{series.Name}, {data.Periods[i]}: {ChartText.Format(value, data.Axis.Format)}";
        if (series.Low?[i] is { } low && series.High?[i] is { } high)
        {
            text += $" ({data.IntervalLabel} {ChartText.Format(low, data.Axis.Format)} to {ChartText.Format(high, data.Axis.Format)})";
        }

        if (series.Notes is { } notes && i < notes.Count && !string.IsNullOrEmpty(notes[i]))
        {
            text += "; " + notes[i];
        }

        return text;
    }

    private static void PeriodLabels(MarkupWriter writer, IReadOnlyList<string> periods, double step, Func<int, double> x)
    {
        // Labels need about 64 px each; with many periods, label every k-th one.
        var every = Math.Max(1, (int)Math.Ceiling(64 / step));
        writer.Open("g", ("class", "periods"));
        for (var i = 0; i < periods.Count; i += every)
        {
            writer.Element("text", periods[i], ("class", "tick"), ("x", x(i)), ("y", Height - Bottom + 18), ("text-anchor", "middle"));
        }

        writer.Close();
    }

    private static IEnumerable<double> Extremes(LineChartData data) =>
        data.Series.SelectMany(s => s.Values.Concat(s.Low ?? []).Concat(s.High ?? []))
            .Where(v => v.HasValue).Select(v => v!.Value)
            .Concat(data.References.Select(r => r.Value));

    private static List<List<int>> Runs(Func<int, bool> present, int count)
    {
        var runs = new List<List<int>>();
        List<int>? current = null;
        for (var i = 0; i < count; i++)
        {
            if (!present(i))
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                runs.Add(current);
            }

            current.Add(i);
        }

        return runs;
    }

    // NaN or infinity from upstream is no estimate: drawn as a gap like null.
    private static LineSeries Finite(LineSeries series)
    {
        static IReadOnlyList<double?>? Clean(IReadOnlyList<double?>? values) =>
            values?.Select(v => v is { } d && double.IsFinite(d) ? v : null).ToList();

        return series with { Values = Clean(series.Values)!, Low = Clean(series.Low), High = Clean(series.High) };
    }

    private static void Validate(LineChartData data)
    {
        foreach (var series in data.Series)
        {
            if (series.Values.Count != data.Periods.Count
                || (series.Low is not null && series.Low.Count != data.Periods.Count)
                || (series.High is not null && series.High.Count != data.Periods.Count))
            {
                throw new ArgumentException($"series '{series.Name}' must have one value per period ({data.Periods.Count})", nameof(data));
            }
        }
    }
}
