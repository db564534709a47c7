namespace TranscriptLens.Core.Analysis;

/// <summary>
/// What one person did in one session: the compact accumulator that the report, the timeline and
/// the bootstrap all sum over. Only people who wrote in the session (or received a bid in it) have one.
/// </summary>
internal struct ParticipantSessionStats
{
    /// <summary>The participant's index in the conversation.</summary>
    public int Person;

    /// <summary>Counted messages (text, media, deleted).</summary>
    public int Messages;

    /// <summary>Whitespace-separated tokens.</summary>
    public int Words;

    /// <summary>Turns started.</summary>
    public int Turns;

    /// <summary>Media messages.</summary>
    public int Media;

    /// <summary>Deleted messages.</summary>
    public int Deleted;

    /// <summary>1 when the session's first message is this person's.</summary>
    public int Initiated;

    /// <summary>Messages tagged initiating.</summary>
    public int Initiating;

    /// <summary>Follow-ups.</summary>
    public int FollowUps;

    /// <summary>Turns that reply to another person's turn.</summary>
    public int Replies;

    /// <summary>Messages tagged explaining.</summary>
    public int Explaining;

    /// <summary>Messages tagged minimal.</summary>
    public int Minimal;

    /// <summary>Messages tagged deflecting.</summary>
    public int Deflecting;

    /// <summary>Messages tagged neutral.</summary>
    public int Neutral;

    /// <summary>Bids made.</summary>
    public int BidsMade;

    /// <summary>Bids made that got no next turn in the session.</summary>
    public int BidsUnanswered;

    /// <summary>Bids by others answered by this person's next turn.</summary>
    public int BidsReceived;

    /// <summary>Of those, answered with at least one explaining or neutral message.</summary>
    public int BidsTurnedToward;

    /// <summary>Letter/digit tokens (the LSM denominator).</summary>
    public int LsmWords;

    /// <summary>Tokens per LSM category.</summary>
    public LsmCounts Lsm;

    /// <summary>Adds <paramref name="other"/> (same person) to this one.</summary>
    public void Add(in ParticipantSessionStats other)
    {
        Messages += other.Messages;
        Words += other.Words;
        Turns += other.Turns;
        Media += other.Media;
        Deleted += other.Deleted;
        Initiated += other.Initiated;
        Initiating += other.Initiating;
        FollowUps += other.FollowUps;
        Replies += other.Replies;
        Explaining += other.Explaining;
        Minimal += other.Minimal;
        Deflecting += other.Deflecting;
        Neutral += other.Neutral;
        BidsMade += other.BidsMade;
        BidsUnanswered += other.BidsUnanswered;
        BidsReceived += other.BidsReceived;
        BidsTurnedToward += other.BidsTurnedToward;
        LsmWords += other.LsmWords;
        for (var i = 0; i < LsmCounts.Size; i++)
        {
            Lsm[i] += other.Lsm[i];
        }
    }
}
