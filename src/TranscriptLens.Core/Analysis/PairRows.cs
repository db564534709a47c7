namespace TranscriptLens.Core.Analysis;

/// <summary>
/// A pair's sessions as fixed-width rows of the counts the labour asymmetry needs, one row per
/// session in which either person wrote. Sums of rows give every component, so the bootstrap only
/// adds rows: cheap even for a history of a million messages.
/// </summary>
internal sealed class PairRows
{
    /// <summary>Values per row (a multiple of every SIMD width).</summary>
    public const int Width = 16;

    /// <summary>Sessions initiated by A.</summary>
    public const int InitiatedA = 0;

    /// <summary>Sessions initiated by B.</summary>
    public const int InitiatedB = 1;

    /// <summary>Follow-ups by A.</summary>
    public const int FollowUpsA = 2;

    /// <summary>Follow-ups by B.</summary>
    public const int FollowUpsB = 3;

    /// <summary>Explaining messages by A.</summary>
    public const int ExplainingA = 4;

    /// <summary>Explaining messages by B.</summary>
    public const int ExplainingB = 5;

    /// <summary>Words by A.</summary>
    public const int WordsA = 6;

    /// <summary>Words by B.</summary>
    public const int WordsB = 7;

    /// <summary>B's bids received by A (in a two-person chat including B's unanswered bids).</summary>
    public const int ReceivedA = 8;

    /// <summary>Of those, turned toward by A.</summary>
    public const int TowardA = 9;

    /// <summary>A's bids received by B.</summary>
    public const int ReceivedB = 10;

    /// <summary>Of those, turned toward by B.</summary>
    public const int TowardB = 11;

    /// <summary>A's replies to B.</summary>
    public const int RepliesA = 12;

    /// <summary>Sum of ln(1 + seconds) of A's replies to B.</summary>
    public const int LogLatencyA = 13;

    /// <summary>B's replies to A.</summary>
    public const int RepliesB = 14;

    /// <summary>Sum of ln(1 + seconds) of B's replies to A.</summary>
    public const int LogLatencyB = 15;

    private PairRows(int[] sessions, double[] values)
    {
        Sessions = sessions;
        Values = values;
        Compact = Array.ConvertAll(values, v => (float)v);
    }

    /// <summary>The session index of each row, ascending.</summary>
    public int[] Sessions { get; }

    /// <summary>The rows, <see cref="Width"/> values each.</summary>
    public double[] Values { get; }

    /// <summary>
    /// The same rows in single precision for the bootstrap: half the memory for its random reads,
    /// exact for counts, and a relative error of about 1e-7 for the latency sums, far below the
    /// resampling noise.
    /// </summary>
    public float[] Compact { get; }

    /// <summary>Builds the rows of pair (<paramref name="a"/>, <paramref name="b"/>).</summary>
    public static PairRows Build(SessionTable table, int a, int b)
    {
        var sessions = new List<int>();
        var values = new List<double>();
        Span<double> row = stackalloc double[Width];
        for (var s = 0; s < table.Sessions.Count; s++)
        {
            row.Clear();
            var present = false;
            foreach (ref readonly var p in table.ParticipantsOf(s))
            {
                var side = p.Person == a ? 0 : p.Person == b ? 1 : -1;
                if (side < 0)
                {
                    continue;
                }

                present = true;
                row[InitiatedA + side] += p.Initiated;
                row[FollowUpsA + side] += p.FollowUps;
                row[ExplainingA + side] += p.Explaining;
                row[WordsA + side] += p.Words;
                if (table.IsTwoPerson)
                {
                    // docs/labels.md#turned-toward-and-turned-away: in a two-person chat an unanswered bid is received, and turned away, by the other.
                    row[side == 0 ? ReceivedB : ReceivedA] += p.BidsUnanswered;
                }
            }

            if (!present)
            {
                continue;
            }

            foreach (ref readonly var d in table.DyadsOf(s))
            {
                if (d.Actor == a && d.Partner == b)
                {
                    row[ReceivedA] += d.BidsReceived;
                    row[TowardA] += d.BidsTurnedToward;
                    row[RepliesA] += d.Replies;
                    row[LogLatencyA] += d.SumLogLatency;
                }
                else if (d.Actor == b && d.Partner == a)
                {
                    row[ReceivedB] += d.BidsReceived;
                    row[TowardB] += d.BidsTurnedToward;
                    row[RepliesB] += d.Replies;
                    row[LogLatencyB] += d.SumLogLatency;
                }
            }

            sessions.Add(s);
            foreach (var v in row)
            {
                values.Add(v);
            }
        }

        return new PairRows(sessions.ToArray(), values.ToArray());
    }

    /// <summary>The rows of sessions [<paramref name="from"/>, <paramref name="to"/>) as a row index range.</summary>
    public (int Start, int Count) RangeOf(int from, int to)
    {
        var start = LowerBound(from);
        return (start, LowerBound(to) - start);
    }

    /// <summary>The values of <paramref name="count"/> rows from row <paramref name="start"/>.</summary>
    public ReadOnlySpan<double> Slice(int start, int count) => Values.AsSpan(start * Width, count * Width);

    /// <summary>The single-precision values of <paramref name="count"/> rows from row <paramref name="start"/>.</summary>
    public ReadOnlySpan<float> CompactSlice(int start, int count) => Compact.AsSpan(start * Width, count * Width);

    private int LowerBound(int session)
    {
        var index = Array.BinarySearch(Sessions, session);
        return index >= 0 ? index : ~index;
    }
}
