namespace TranscriptLens.Core.Model;

/// <summary>
/// The one definition of the units that come from time alone (docs/labels.md#session, docs/labels.md#follow-up):
/// where a session ends and which message is a follow-up. The tagger's context and the analysis
/// read the same instance, so a session the tagger sees is the session the report counts.
/// </summary>
/// <param name="SessionGap">
/// Two consecutive messages whose gap is at most this belong to the same session; a longer gap
/// starts a new one (a gap of exactly this length stays in the session).
/// </param>
/// <param name="FollowUpGap">
/// A message whose previous message is the same sender's own and at least this much earlier is a
/// follow-up (exactly this long counts).
/// </param>
public sealed record SessionRules(TimeSpan SessionGap, TimeSpan FollowUpGap)
{
    /// <summary>The default session gap: 4 hours.</summary>
    public static readonly TimeSpan DefaultSessionGap = TimeSpan.FromHours(4);

    /// <summary>The default follow-up gap: 1 hour.</summary>
    public static readonly TimeSpan DefaultFollowUpGap = TimeSpan.FromHours(1);

    /// <summary>4 h sessions, 1 h follow-ups: the rules the shipped models were trained with.</summary>
    public static SessionRules Default { get; } = new(DefaultSessionGap, DefaultFollowUpGap);

    /// <summary>True when a silence of <paramref name="gapTicks"/> between two messages ends the session.</summary>
    public bool EndsSession(long gapTicks) => gapTicks > SessionGap.Ticks;

    /// <summary>
    /// True when a message written <paramref name="gapTicks"/> after the previous message is a
    /// follow-up: the previous message was the same sender's own (<paramref name="sameSender"/>) and
    /// went unanswered for at least the follow-up gap.
    /// </summary>
    public bool IsFollowUp(bool sameSender, long gapTicks) => sameSender && gapTicks >= FollowUpGap.Ticks;
}
