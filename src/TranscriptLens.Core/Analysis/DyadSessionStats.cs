namespace TranscriptLens.Core.Analysis;

/// <summary>
/// What one person (<see cref="Actor"/>) did in answer to another (<see cref="Partner"/>) in one
/// session: replies with their latencies, and the partner's bids they received and turned toward.
/// Directed, so a group's pairs can be compared on their own exchanges.
/// </summary>
internal struct DyadSessionStats
{
    /// <summary>The person who replies and receives.</summary>
    public int Actor;

    /// <summary>The person replied to, whose bids were received.</summary>
    public int Partner;

    /// <summary>Actor's turns that directly follow a turn of Partner.</summary>
    public int Replies;

    /// <summary>Sum of ln(1 + latency in seconds) over those replies (geometric-mean accumulator).</summary>
    public double SumLogLatency;

    /// <summary>Partner's bids answered by Actor's next turn.</summary>
    public int BidsReceived;

    /// <summary>Of those, answered with at least one explaining or neutral message.</summary>
    public int BidsTurnedToward;
}
