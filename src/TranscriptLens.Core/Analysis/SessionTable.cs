using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Analysis;

/// <summary>
/// The result of the streaming pass over one conversation: per-session accumulators in flat lists,
/// no messages. Every measure (overall, per period, per bootstrap resample) is a sum over sessions
/// of this table, so nothing ever reads the chat twice.
/// </summary>
internal sealed class SessionTable
{
    /// <summary>Participants in order of their first message.</summary>
    public required IReadOnlyList<string> Names { get; init; }

    /// <summary>Sessions in time order.</summary>
    public required IReadOnlyList<SessionSummary> Sessions { get; init; }

    /// <summary>Per-person entries, grouped by session.</summary>
    public required ParticipantSessionStats[] Participants { get; init; }

    /// <summary>Per-dyad entries, grouped by session.</summary>
    public required DyadSessionStats[] Dyads { get; init; }

    /// <summary>Every reply's latency, in time order.</summary>
    public required LatencySample[] Latencies { get; init; }

    /// <summary>System messages by the period they were written in.</summary>
    public required IReadOnlyDictionary<DateOnly, int> SystemMessagesByPeriod { get; init; }

    /// <summary>The first counted message's time.</summary>
    public ChatTime? First { get; init; }

    /// <summary>The last counted message's time.</summary>
    public ChatTime? Last { get; init; }

    /// <summary>
    /// True for a two-person chat, where an unanswered bid counts as received, and turned away, by
    /// the other person (docs/labels.md#turned-toward-and-turned-away).
    /// </summary>
    public bool IsTwoPerson => Names.Count == 2;

    /// <summary>All system messages.</summary>
    public int SystemMessages => SystemMessagesByPeriod.Values.Sum();

    /// <summary>The per-person entries of session <paramref name="session"/>.</summary>
    public ReadOnlySpan<ParticipantSessionStats> ParticipantsOf(int session)
    {
        var s = Sessions[session];
        return Participants.AsSpan(s.ParticipantStart, s.ParticipantCount);
    }

    /// <summary>The per-dyad entries of session <paramref name="session"/>.</summary>
    public ReadOnlySpan<DyadSessionStats> DyadsOf(int session)
    {
        var s = Sessions[session];
        return Dyads.AsSpan(s.DyadStart, s.DyadCount);
    }

    /// <summary>The latencies of sessions <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive).</summary>
    public ReadOnlySpan<LatencySample> LatenciesOf(int from, int to)
    {
        if (from >= to)
        {
            return [];
        }

        var start = Sessions[from].LatencyStart;
        var last = Sessions[to - 1];
        return Latencies.AsSpan(start, last.LatencyStart + last.LatencyCount - start);
    }
}
