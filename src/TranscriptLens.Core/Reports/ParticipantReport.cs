namespace TranscriptLens.Core.Reports;

/// <summary>
/// One person's measures over a conversation or one period (definitions, units and anchors in
/// docs/metrics.md). Counts are whole numbers; rates are in [0, 1] and null when their
/// denominator is zero; durations are seconds.
/// </summary>
public sealed record ParticipantReport
{
    /// <summary>The display name as the export wrote it.</summary>
    public required string Name { get; init; }

    /// <summary>Messages written: text, media and deleted (system messages never count).</summary>
    public required int Messages { get; init; }

    /// <summary>Whitespace-separated tokens of text, media captions included; deleted messages have none.</summary>
    public required int Words { get; init; }

    /// <summary>Turns: maximal runs of the person's consecutive messages within a session.</summary>
    public required int Turns { get; init; }

    /// <summary>Media messages (photo, voice note, sticker, …), with or without a caption.</summary>
    public required int MediaMessages { get; init; }

    /// <summary>Deleted messages: counted as messages and turns, but without words or tags.</summary>
    public required int DeletedMessages { get; init; }

    /// <summary>Sessions whose first message is this person's.</summary>
    public required int SessionsInitiated { get; init; }

    /// <summary>Messages the tagger marked as initiating.</summary>
    public required int Initiating { get; init; }

    /// <summary>Messages whose previous message is the person's own and at least the follow-up gap earlier.</summary>
    public required int FollowUps { get; init; }

    /// <summary>Turns that follow another person's turn in the same session.</summary>
    public required int Replies { get; init; }

    /// <summary>Median reply latency in seconds; null when the person never replied.</summary>
    public double? MedianReplySeconds { get; init; }

    /// <summary>The reply latencies as a histogram with quartiles.</summary>
    public required LatencyDistribution ReplyLatency { get; init; }

    /// <summary>The person's engagement mix.</summary>
    public required EngagementCounts Engagement { get; init; }

    /// <summary>Bids made: messages that are initiating, explaining, or ask a question (?, ¿, ？).</summary>
    public required int BidsMade { get; init; }

    /// <summary>Bids made that got no reply at all in their session.</summary>
    public required int BidsUnanswered { get; init; }

    /// <summary>
    /// Bids by others that this person received: the author of the next turn after a bid receives it;
    /// in a two-person chat an unanswered bid is received (and turned away) by the other person.
    /// </summary>
    public required int BidsReceived { get; init; }

    /// <summary>Received bids whose answering turn held at least one explaining or neutral message.</summary>
    public required int BidsTurnedToward { get; init; }

    /// <summary>Received bids answered only with minimal or deflecting (or deleted) messages, or not at all.</summary>
    public int BidsTurnedAway => BidsReceived - BidsTurnedToward;

    /// <summary>Sessions initiated ÷ all sessions of the conversation (or period).</summary>
    public double? InitiationShare { get; init; }

    /// <summary>Follow-ups ÷ the person's messages.</summary>
    public double? FollowUpRate { get; init; }

    /// <summary>Minimal messages ÷ the person's tagged messages.</summary>
    public double? MinimalRate { get; init; }

    /// <summary>Deflecting messages ÷ the person's tagged messages.</summary>
    public double? DeflectingRate { get; init; }

    /// <summary>Explaining messages ÷ the person's tagged messages.</summary>
    public double? ExplainingRate { get; init; }

    /// <summary>Bids turned toward ÷ bids received (Gottman's lab figure: 86 % stable vs 33 % divorced couples; context only).</summary>
    public double? TurningTowardRate { get; init; }
}
