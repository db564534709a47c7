using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Analysis;

/// <summary>Per-person measures over a range of sessions (the whole conversation or one period).</summary>
internal static class ParticipantMeasures
{
    /// <summary>Each participant's accumulators summed over sessions [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static ParticipantSessionStats[] Totals(SessionTable table, int from, int to)
    {
        var totals = new ParticipantSessionStats[table.Names.Count];
        for (var i = 0; i < totals.Length; i++)
        {
            totals[i].Person = i;
        }

        for (var s = from; s < to; s++)
        {
            foreach (ref readonly var entry in table.ParticipantsOf(s))
            {
                totals[entry.Person].Add(entry);
            }
        }

        return totals;
    }

    /// <summary>The reports of every participant over sessions [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static IReadOnlyList<ParticipantReport> Measure(SessionTable table, ParticipantSessionStats[] totals, int from, int to)
    {
        var latencies = new List<double>[totals.Length];
        for (var i = 0; i < latencies.Length; i++)
        {
            latencies[i] = [];
        }

        foreach (var sample in table.LatenciesOf(from, to))
        {
            latencies[sample.Person].Add(sample.Seconds);
        }

        var sessions = to - from;
        var reports = new ParticipantReport[totals.Length];
        for (var i = 0; i < totals.Length; i++)
        {
            ref readonly var t = ref totals[i];

            // In a two-person chat the other person receives (and turns away from) the bids nobody answered.
            var unansweredFromOther = table.IsTwoPerson ? totals[1 - i].BidsUnanswered : 0;
            var received = t.BidsReceived + unansweredFromOther;
            var tagged = t.Explaining + t.Minimal + t.Deflecting + t.Neutral;
            var latency = LatencyStatistics.Describe(latencies[i]);
            reports[i] = new ParticipantReport
            {
                Name = table.Names[i],
                Messages = t.Messages,
                Words = t.Words,
                Turns = t.Turns,
                MediaMessages = t.Media,
                DeletedMessages = t.Deleted,
                SessionsInitiated = t.Initiated,
                Initiating = t.Initiating,
                FollowUps = t.FollowUps,
                Replies = t.Replies,
                MedianReplySeconds = latency.MedianSeconds,
                ReplyLatency = latency,
                Engagement = new EngagementCounts
                {
                    Explaining = t.Explaining,
                    Minimal = t.Minimal,
                    Deflecting = t.Deflecting,
                    Neutral = t.Neutral,
                },
                BidsMade = t.BidsMade,
                BidsUnanswered = t.BidsUnanswered,
                BidsReceived = received,
                BidsTurnedToward = t.BidsTurnedToward,
                InitiationShare = Rate(t.Initiated, sessions),
                FollowUpRate = Rate(t.FollowUps, t.Messages),
                MinimalRate = Rate(t.Minimal, tagged),
                DeflectingRate = Rate(t.Deflecting, tagged),
                ExplainingRate = Rate(t.Explaining, tagged),
                TurningTowardRate = Rate(t.BidsTurnedToward, received),
            };
        }

        return reports;
    }

    private static double? Rate(int count, int denominator) => denominator > 0 ? count / (double)denominator : null;
}
