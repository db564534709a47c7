using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Analysis;

/// <summary>
/// The components of the labour asymmetry and their composite, from summed <see cref="PairRows"/>.
/// Every component is in [-1, 1], positive when A carries more; the composite is the unweighted
/// mean of the components that can be computed (docs/metrics.md).
/// </summary>
internal static class LabourAsymmetry
{
    /// <summary>The number of components.</summary>
    public const int ComponentCount = 6;

    /// <summary>The components from summed rows.</summary>
    public static PairComponents Components(ReadOnlySpan<double> sums)
    {
        var values = new double[ComponentCount];
        var available = new bool[ComponentCount];
        Evaluate(sums, values, available);
        double? Get(int i) => available[i] ? values[i] : null;
        return new PairComponents
        {
            SessionInitiation = Get(0),
            FollowUps = Get(1),
            Explaining = Get(2),
            Words = Get(3),
            TurningToward = Get(4),
            ReplyLatency = Get(5),
        };
    }

    /// <summary>
    /// The composite from summed rows: the mean of the available components, or NaN when none is.
    /// Straight-line code because the bootstrap calls it once per resample.
    /// </summary>
    public static double Composite(ReadOnlySpan<double> s)
    {
        var total = 0.0;
        var count = 0;
        Accumulate(s[PairRows.InitiatedA], s[PairRows.InitiatedB], ref total, ref count);
        Accumulate(s[PairRows.FollowUpsA], s[PairRows.FollowUpsB], ref total, ref count);
        Accumulate(s[PairRows.ExplainingA], s[PairRows.ExplainingB], ref total, ref count);
        Accumulate(s[PairRows.WordsA], s[PairRows.WordsB], ref total, ref count);
        if (s[PairRows.ReceivedA] > 0 && s[PairRows.ReceivedB] > 0)
        {
            var rateA = s[PairRows.TowardA] / s[PairRows.ReceivedA];
            var rateB = s[PairRows.TowardB] / s[PairRows.ReceivedB];
            var sum = rateA + rateB;
            total += sum > 0 ? (rateA - rateB) / sum : 0;
            count++;
        }

        if (s[PairRows.RepliesA] > 0 && s[PairRows.RepliesB] > 0)
        {
            total += Math.Tanh(((s[PairRows.LogLatencyB] / s[PairRows.RepliesB]) - (s[PairRows.LogLatencyA] / s[PairRows.RepliesA])) / 2);
            count++;
        }

        return count > 0 ? total / count : double.NaN;
    }

    /// <summary>(x − y) ÷ (x + y): the standard asymmetry index; unavailable when both are zero.</summary>
    public static bool Index(double x, double y, out double value)
    {
        var sum = x + y;
        value = sum > 0 ? (x - y) / sum : 0;
        return sum > 0;
    }

    private static void Accumulate(double x, double y, ref double total, ref int count)
    {
        var sum = x + y;
        if (sum > 0)
        {
            total += (x - y) / sum;
            count++;
        }
    }

    private static void Evaluate(ReadOnlySpan<double> s, Span<double> values, Span<bool> available)
    {
        available[0] = Index(s[PairRows.InitiatedA], s[PairRows.InitiatedB], out values[0]);
        available[1] = Index(s[PairRows.FollowUpsA], s[PairRows.FollowUpsB], out values[1]);
        available[2] = Index(s[PairRows.ExplainingA], s[PairRows.ExplainingB], out values[2]);
        available[3] = Index(s[PairRows.WordsA], s[PairRows.WordsB], out values[3]);

        // Rates, not counts: each person is judged on the bids they actually received. Both at 0 % is balance.
        available[4] = s[PairRows.ReceivedA] > 0 && s[PairRows.ReceivedB] > 0;
        if (available[4])
        {
            var rateA = s[PairRows.TowardA] / s[PairRows.ReceivedA];
            var rateB = s[PairRows.TowardB] / s[PairRows.ReceivedB];
            Index(rateA, rateB, out values[4]);
        }

        // tanh(½ · ln(gB / gA)) with g the geometric mean of (1 + seconds): faster A gives a positive score.
        available[5] = s[PairRows.RepliesA] > 0 && s[PairRows.RepliesB] > 0;
        if (available[5])
        {
            var logRatio = (s[PairRows.LogLatencyB] / s[PairRows.RepliesB]) - (s[PairRows.LogLatencyA] / s[PairRows.RepliesA]);
            values[5] = Math.Tanh(logRatio / 2);
        }
    }
}
