using TranscriptLens.Core.Model;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Tests.Reports;

/// <summary>
/// A report built by hand, not by the analysis, with literal values chosen so that formatting
/// matters: Ana's 90-second median reply, shares of 5/8 and 1/8 (half-way roundings), a composite
/// of exactly 0.125, and a headline pair that is not <c>Pairs[0]</c>. Every derived fact (headline,
/// verdicts, diagnostics) is set here as the analysis would set it, so writer tests check wording only.
/// </summary>
internal static class TinyReport
{
    /// <summary>Ana (--me) with Noa and Kim; Ana–Kim is the busiest pair (40 + 50 = 90 messages vs 40 + 10 = 50).</summary>
    public static AnalysisReport Build() => new()
    {
        Source = "tiny.txt",
        Tagger = "rules",
        Settings = AnalysisSettings.Default with { Me = "Ana", MinimumSessions = 5, MinimumMessagesPerPerson = 5 },
        Totals = new ReportTotals
        {
            Messages = 100,
            Sessions = 8,
            Turns = 60,
            SystemMessages = 0,
            First = ChatTime.Naive(new DateTime(2024, 3, 2, 9, 0, 0)),
            Last = ChatTime.Naive(new DateTime(2024, 3, 30, 21, 0, 0)),
        },
        Participants =
        [
            // 5 of 8 sessions = 0.625; a 90 s median reply.
            Person("Ana", messages: 40, initiated: 5, share: 0.625, q1: 60, median: 90, q3: 150),

            // 1 of 8 sessions = 0.125; a 40 s median reply.
            Person("Noa", messages: 10, initiated: 1, share: 0.125, q1: 30, median: 40, q3: 50),

            // 2 of 8 sessions = 0.25; a 5,400 s (1.5 h) median reply.
            Person("Kim", messages: 50, initiated: 2, share: 0.25, q1: 3600, median: 5400, q3: 7200),
        ],
        Pairs =
        [
            Pair("Ana", "Noa", 40, 10, asymmetry: -0.3, low: -0.5, high: 0.05, AsymmetryVerdict.Balanced),
            Pair("Ana", "Kim", 40, 50, asymmetry: 0.125, low: 0.0349, high: 0.2151, AsymmetryVerdict.LeansToA),
        ],
        HeadlinePairIndex = 1,
        Timeline = [],
        Diagnostics = new ReportDiagnostics(10, 2, [new DiagnosticCount("unreadable_line", 10), new DiagnosticCount("lost_message", 2)]),
    };

    private static ParticipantReport Person(string name, int messages, int initiated, double share, double q1, double median, double q3) => new()
    {
        Name = name,
        Messages = messages,
        Words = messages * 5,
        Turns = messages / 2,
        MediaMessages = 0,
        DeletedMessages = 0,
        SessionsInitiated = initiated,
        Initiating = initiated,
        FollowUps = 0,
        Replies = 4,
        MedianReplySeconds = median,
        ReplyLatency = new LatencyDistribution { Count = 4, Bins = [], Q1Seconds = q1, MedianSeconds = median, Q3Seconds = q3 },
        Engagement = new EngagementCounts { Explaining = 0, Minimal = 0, Deflecting = 0, Neutral = 0 },
        BidsMade = 0,
        BidsUnanswered = 0,
        BidsReceived = 0,
        BidsTurnedToward = 0,
        InitiationShare = share,
        FollowUpRate = 0,
    };

    /// <summary>A pair with enough data, its composite and interval as given.</summary>
    public static PairReport Pair(string a, string b, int messagesA, int messagesB, double asymmetry, double low, double high, AsymmetryVerdict verdict) => new()
    {
        A = a,
        B = b,
        Sessions = 8,
        MessagesA = messagesA,
        MessagesB = messagesB,
        Components = new PairComponents { SessionInitiation = asymmetry, Words = asymmetry },
        Status = DataSufficiency.Sufficient,
        Asymmetry = asymmetry,
        CiLow = low,
        CiHigh = high,
        Verdict = verdict,
        Lsm = new LanguageStyleMatch { Score = null, WordsA = 0, WordsB = 0, Categories = [] },
    };
}
