using System.Runtime.Intrinsics;

namespace TranscriptLens.Core.Analysis;

/// <summary>
/// The 95 % percentile-bootstrap interval of the labour asymmetry, resampling sessions (not
/// messages) with replacement: messages within a session depend on each other, sessions much less
/// (SCIENCE.md §3). Each resample sums the pair's session rows and recomputes the composite.
/// </summary>
internal static class SessionBootstrap
{
    /// <summary>
    /// The 2.5th and 97.5th percentiles of the composite over <paramref name="resamples"/> resamples
    /// of <paramref name="rows"/>; null when there are no rows or no resample has a composite.
    /// </summary>
    public static (double Low, double High)? Interval(ReadOnlySpan<float> rows, int resamples, ulong seed)
    {
        var count = rows.Length / PairRows.Width;
        if (count == 0 || resamples <= 0)
        {
            return null;
        }

        var random = new BootstrapRandom(seed);
        var estimates = new double[resamples];
        var valid = 0;
        Span<double> sums = stackalloc double[PairRows.Width];
        var picks = new int[count];
        for (var r = 0; r < resamples; r++)
        {
            Resample(rows, count, random, picks, sums);
            var composite = LabourAsymmetry.Composite(sums);
            if (!double.IsNaN(composite))
            {
                estimates[valid++] = composite;
            }
        }

        if (valid == 0)
        {
            return null;
        }

        var sorted = new ArraySegment<double>(estimates, 0, valid);
        sorted.AsSpan().Sort();
        return (LatencyStatistics.Quantile(sorted, 0.025)!.Value, LatencyStatistics.Quantile(sorted, 0.975)!.Value);
    }

    /// <summary>
    /// One resample as multiplicities: draw <paramref name="count"/> session indices into a small
    /// count array, then add each row times its count in one sequential pass. Sequential reads of the
    /// rows stay fast when a long chat's rows no longer fit in the cache; random row reads did not.
    /// </summary>
    private static void Resample(ReadOnlySpan<float> rows, int count, BootstrapRandom random, Span<int> picks, Span<double> sums)
    {
        picks.Clear();
        for (var i = 0; i < count; i++)
        {
            picks[random.Next(count)]++;
        }

        if (Vector256.IsHardwareAccelerated)
        {
            var s0 = Vector256<double>.Zero;
            var s1 = Vector256<double>.Zero;
            var s2 = Vector256<double>.Zero;
            var s3 = Vector256<double>.Zero;
            for (var i = 0; i < count; i++)
            {
                var times = picks[i];
                if (times == 0)
                {
                    continue;
                }

                var row = rows.Slice(i * PairRows.Width, PairRows.Width);
                var weight = Vector256.Create((double)times);
                var low = Vector256.Create(row[..8]);
                var high = Vector256.Create(row[8..16]);
                s0 += weight * Vector256.WidenLower(low);
                s1 += weight * Vector256.WidenUpper(low);
                s2 += weight * Vector256.WidenLower(high);
                s3 += weight * Vector256.WidenUpper(high);
            }

            s0.CopyTo(sums);
            s1.CopyTo(sums[4..]);
            s2.CopyTo(sums[8..]);
            s3.CopyTo(sums[12..]);
            return;
        }

        sums.Clear();
        for (var i = 0; i < count; i++)
        {
            var times = picks[i];
            var row = rows.Slice(i * PairRows.Width, PairRows.Width);
            for (var k = 0; times != 0 && k < PairRows.Width; k++)
            {
                sums[k] += times * (double)row[k];
            }
        }
    }
}
