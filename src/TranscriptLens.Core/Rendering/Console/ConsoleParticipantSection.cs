using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Rendering.Console;

/// <summary>The per-person sections of the plain-text report.</summary>
internal static class ConsoleParticipantSection
{
    /// <summary>Writes who opens, who follows up, reply speed, engagement mix and turning toward.</summary>
    public static void Write(AnalysisReport report, TextWriter output)
    {
        var people = report.Participants;
        var pad = Padder(people.Select(p => p.Name));
        var sessions = report.Totals.Sessions;

        output.WriteLine();
        output.WriteLine("Who opens the conversations");
        foreach (var p in people)
        {
            output.WriteLine($"  {pad(p.Name)}  {ReportText.Count(p.SessionsInitiated)} of {ReportText.Count(sessions)} sessions ({ReportText.Percent(p.InitiationShare)})");
        }

        output.WriteLine();
        output.WriteLine("Who follows up after silence (writes again without an answer)");
        foreach (var p in people)
        {
            output.WriteLine($"  {pad(p.Name)}  {ReportText.Count(p.FollowUps)} follow-up(s), {ReportText.Percent(p.FollowUpRate)} of their messages");
        }

        output.WriteLine();
        output.WriteLine("How fast each replies (within a session)");
        foreach (var p in people)
        {
            var latency = p.ReplyLatency;
            output.WriteLine(p.Replies == 0
                ? $"  {pad(p.Name)}  never replied within a session"
                : $"  {pad(p.Name)}  median {ReportText.Duration(latency.MedianSeconds)} (middle half {ReportText.Duration(latency.Q1Seconds)} to {ReportText.Duration(latency.Q3Seconds)}), {ReportText.Count(p.Replies)} replies");
        }

        output.WriteLine();
        output.WriteLine("Engagement mix (share of each person's tagged messages)");
        foreach (var p in people)
        {
            output.WriteLine($"  {pad(p.Name)}  explaining {ReportText.Percent(p.ExplainingRate),4}  neutral {ReportText.Percent(Rate(p.Engagement.Neutral, p.Engagement.Total)),4}  minimal {ReportText.Percent(p.MinimalRate),4}  deflecting {ReportText.Percent(p.DeflectingRate),4}");
        }

        output.WriteLine();
        output.WriteLine("Turning toward bids (a bid: an opening, an explanation or a question)");
        foreach (var p in people)
        {
            output.WriteLine(p.BidsReceived == 0
                ? $"  {pad(p.Name)}  received no bids"
                : $"  {pad(p.Name)}  answered {ReportText.Count(p.BidsTurnedToward)} of {ReportText.Count(p.BidsReceived)} bids with engagement ({ReportText.Percent(p.TurningTowardRate)}); {ReportText.Count(p.BidsTurnedAway)} minimal, deflecting or unanswered");
        }

        output.WriteLine("  Lab context only, not a norm for chats: in Gottman's newlywed studies, couples still married six");
        output.WriteLine("  years later had turned toward 86% of bids, couples who divorced 33%.");
    }

    // The names padded to one width, so the figures line up.
    private static Func<string, string> Padder(IEnumerable<string> names)
    {
        var width = names.Select(n => n.Length).DefaultIfEmpty(0).Max();
        return name => name.PadRight(width);
    }

    private static double? Rate(int count, int total) => total > 0 ? count / (double)total : null;
}
