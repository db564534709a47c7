namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>
/// The latency chart's x axis: every time range gets the same width (the ranges already grow
/// roughly tenfold, "&lt;1 min", "1–5 min", "5–30 min", …), and inside a range a time is placed
/// logarithmically, so quartiles land inside the column that holds them. The first range starts at
/// a nominal 5 seconds and an open last range ends at four times its start.
/// </summary>
internal sealed class LatencyAxis(IReadOnlyList<LatencyColumn> columns, double left, double right)
{
    private const double FirstColumnStart = 5;

    /// <summary>The width of one column in pixels.</summary>
    public double ColumnWidth => (right - left) / Math.Max(1, columns.Count);

    /// <summary>The left edge of column <paramref name="index"/>.</summary>
    public double ColumnStart(int index) => left + (index * ColumnWidth);

    /// <summary>The pixel position of a time in seconds.</summary>
    public double Map(double seconds)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var to = column.ToSeconds ?? Math.Max(column.FromSeconds * 4, column.FromSeconds + 1);
            if (seconds < to || i == columns.Count - 1)
            {
                var from = i == 0 ? Math.Min(FirstColumnStart, to / 2) : column.FromSeconds;
                var low = Math.Log(Math.Max(from, 1e-3));
                var t = (Math.Log(Math.Clamp(seconds, Math.Max(from, 1e-3), to)) - low) / (Math.Log(to) - low);
                return ColumnStart(i) + (Math.Clamp(t, 0, 1) * ColumnWidth);
            }
        }

        return left;
    }
}
