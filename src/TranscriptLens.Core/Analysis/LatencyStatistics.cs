using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Analysis;

/// <summary>Histogram and quartiles of reply latencies (seconds).</summary>
internal static class LatencyStatistics
{
    private static readonly (string Label, double Min, double? Max)[] Edges =
    [
        ("<1 min", 0, 60),
        ("1–5 min", 60, 300),
        ("5–30 min", 300, 1800),
        ("30 min–1 h", 1800, 3600),
        ("1–6 h", 3600, 21600),
        (">6 h", 21600, null),
    ];

    /// <summary>Describes <paramref name="seconds"/>; sorts the list in place.</summary>
    public static LatencyDistribution Describe(List<double> seconds)
    {
        seconds.Sort();
        var counts = new int[Edges.Length];
        foreach (var value in seconds)
        {
            var bin = 0;
            while (Edges[bin].Max is { } max && value >= max)
            {
                bin++;
            }

            counts[bin]++;
        }

        var bins = Edges.Select((e, i) => new LatencyBin { Label = e.Label, MinSeconds = e.Min, MaxSeconds = e.Max, Count = counts[i] }).ToArray();
        return new LatencyDistribution
        {
            Count = seconds.Count,
            Bins = bins,
            Q1Seconds = Quantile(seconds, 0.25),
            MedianSeconds = Quantile(seconds, 0.5),
            Q3Seconds = Quantile(seconds, 0.75),
        };
    }

    /// <summary>
    /// The <paramref name="p"/>-quantile of sorted values by linear interpolation between order
    /// statistics (Hyndman &amp; Fan type 7, the default of R and NumPy); null when empty.
    /// </summary>
    public static double? Quantile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return null;
        }

        var h = (sorted.Count - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }
}
