using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Reports;

/// <summary>
/// Everything the aggregation depends on besides the messages. Carried in the report so a reader can
/// always tell which gaps, period, focus person and seed produced the numbers.
/// </summary>
public sealed record AnalysisSettings
{
    /// <summary>
    /// Two consecutive messages whose gap is at most this belong to the same session; a longer gap
    /// starts a new one (a gap of exactly this length stays in the session).
    /// </summary>
    public TimeSpan SessionGap { get; init; } = SessionRules.DefaultSessionGap;

    /// <summary>
    /// A message whose previous message is the same sender's own and at least this much earlier is a
    /// follow-up (exactly this long counts).
    /// </summary>
    public TimeSpan FollowUpGap { get; init; } = SessionRules.DefaultFollowUpGap;

    /// <summary>The session and follow-up rules these gaps define: what the tagger's context and the aggregation both apply.</summary>
    public SessionRules Sessions => new(SessionGap, FollowUpGap);

    /// <summary>The calendar unit of the timeline.</summary>
    public CalendarPeriod Period { get; init; } = CalendarPeriod.Month;

    /// <summary>The person whose pairs the report focuses on (<c>--me</c>), or null for every pair.</summary>
    public string? Me { get; init; }

    /// <summary>Seed of the bootstrap's random generator: the same chat and seed give the same interval.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Number of bootstrap resamples (of sessions) behind each confidence interval.</summary>
    public int BootstrapResamples { get; init; } = 1000;

    /// <summary>
    /// Below this many sessions (in which either person of a pair wrote) a pair's composite is
    /// reported as insufficient data instead of a number (docs/science.md#data-sufficiency-thresholds suggests 20).
    /// </summary>
    public int MinimumSessions { get; init; } = 20;

    /// <summary>
    /// Below this many messages by either person of a pair the composite is reported as
    /// insufficient data (docs/science.md#data-sufficiency-thresholds suggests about 30 replies per person).
    /// </summary>
    public int MinimumMessagesPerPerson { get; init; } = 30;

    /// <summary>The defaults: 4 h sessions, 1 h follow-ups, monthly timeline, seed 1, 1,000 resamples.</summary>
    public static AnalysisSettings Default { get; } = new();
}
