using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Analysis;

/// <summary>
/// One session in the <see cref="SessionTable"/>: its period, its counts, and where its per-person,
/// per-dyad and latency entries sit in the table's flat lists.
/// </summary>
internal readonly record struct SessionSummary(
    ChatTime Start,
    ChatTime End,
    DateOnly PeriodStart,
    int Messages,
    int Turns,
    int ParticipantStart,
    int ParticipantCount,
    int DyadStart,
    int DyadCount,
    int LatencyStart,
    int LatencyCount);
