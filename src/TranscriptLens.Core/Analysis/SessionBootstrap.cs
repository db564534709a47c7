using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TranscriptLens.Core.Analysis;

/// <summary>
/// The 95 % percentile-bootstrap interval of the labour asymmetry, resampling sessions (not
/// messages) with replacement: messages within a session depend on each other, sessions much less
/// (docs/science.md#bootstrap-intervals). Each resample sums the pair's session rows and recomputes the composite.
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
    /// One resample as multiplicities: draw <paramref name="count"/> session indices (two per 64
    /// random bits, Lemire's multiply-shift on each half) into a count array, then add each row times
    /// its count in one sequential, branch-free pass. This inner loop is the whole cost of the
    /// bootstrap (1,000 resamples of every session, twice with the timeline), hence the unchecked
    /// reads: every index is below <paramref name="count"/> by construction.
    /// </summary>
    private static void Resample(ReadOnlySpan<float> rows, int count, BootstrapRandom random, Span<int> picks, Span<double> sums)
    {
        picks.Clear();
        ref var pick = ref MemoryMarshal.GetReference(picks);
        var bound = (ulong)(uint)count;
        var i = 0;
        for (; i + 1 < count; i += 2)
        {
            var bits = random.Next64();
            Unsafe.Add(ref pick, (nint)(((bits >> 32) * bound) >> 32))++;
            Unsafe.Add(ref pick, (nint)(((bits & 0xFFFF_FFFF) * bound) >> 32))++;
        }

        if (i < count)
        {
            picks[random.Next(count)]++;
        }

        if (!Vector256.IsHardwareAccelerated)
        {
            sums.Clear();
            for (var row = 0; row < count; row++)
            {
                for (var k = 0; k < PairRows.Width; k++)
                {
                    sums[k] += picks[row] * (double)rows[(row * PairRows.Width) + k];
                }
            }

            return;
        }

        ref var start = ref MemoryMarshal.GetReference(rows);
        var s0 = Vector256<double>.Zero;
        var s1 = Vector256<double>.Zero;
        var s2 = Vector256<double>.Zero;
        var s3 = Vector256<double>.Zero;
        for (var row = 0; row < count; row++)
        {
            var weight = Vector256.Create((double)Unsafe.Add(ref pick, row));
            var low = Vector256.LoadUnsafe(ref start, (nuint)(row * PairRows.Width));
            var high = Vector256.LoadUnsafe(ref start, (nuint)((row * PairRows.Width) + 8));
            s0 += weight * Vector256.WidenLower(low);
            s1 += weight * Vector256.WidenUpper(low);
            s2 += weight * Vector256.WidenLower(high);
            s3 += weight * Vector256.WidenUpper(high);
        }

        s0.CopyTo(sums);
        s1.CopyTo(sums[4..]);
        s2.CopyTo(sums[8..]);
        s3.CopyTo(sums[12..]);
    }
}
