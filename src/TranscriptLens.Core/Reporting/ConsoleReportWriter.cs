using System.Globalization;
using TranscriptLens.Core.Analysis;

namespace TranscriptLens.Core.Reporting;

/// <summary>
/// The plain-text summary printed by <c>transcriptlens analyze</c>: who opens, who follows up, how
/// fast each replies, the engagement mix, turning toward bids, the composite with its interval,
/// a short timeline and what the numbers can and cannot mean. Renders only.
/// </summary>
public sealed class ConsoleReportWriter
{
    /// <summary>At most this many periods are printed (the most recent); the JSON report has all.</summary>
    public const int TimelineRows = 12;

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public void Write(AnalysisReport report, TextWriter output)
    {
        var settings = report.Settings;
        var totals = report.Totals;
        var title = report.Conversation is null ? report.Source : $"{report.Source} — {report.Conversation}";
        output.WriteLine($"TranscriptLens: {title}");
        var span = totals.First is { } first && totals.Last is { } last
            ? string.Create(CultureInfo.InvariantCulture, $", {first.Clock:yyyy-MM-dd} to {last.Clock:yyyy-MM-dd}")
            : string.Empty;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Participants.Count} participant(s), {ReportText.Count(totals.Messages)} messages in {ReportText.Count(totals.Sessions)} sessions{span}."));
        output.WriteLine($"A session ends after {DurationSyntax.Format(settings.SessionGap)} of silence; a follow-up is a message after {DurationSyntax.Format(settings.FollowUpGap)} or more without an answer.");
        if (report.Participants.Count == 0)
        {
            output.WriteLine("No messages by participants: nothing to measure.");
            return;
        }

        ConsoleParticipantSection.Write(report, output);
        ConsolePairSection.Write(report, output);
        WriteTimeline(report, output);
        WriteMeaning(report, output);
    }

    private static void WriteTimeline(AnalysisReport report, TextWriter output)
    {
        if (report.Timeline.Count < 2 || report.Pairs.Count == 0)
        {
            return;
        }

        var shown = report.Timeline.Skip(Math.Max(0, report.Timeline.Count - TimelineRows)).ToList();
        output.WriteLine();
        output.WriteLine(shown.Count < report.Timeline.Count
            ? $"Over time (per {PeriodCalendar.Name(report.Settings.Period)}; the last {shown.Count} of {report.Timeline.Count} periods, all of them in the JSON report)"
            : $"Over time (per {PeriodCalendar.Name(report.Settings.Period)})");
        var pair = report.Pairs[0];
        output.WriteLine($"  {"period",-9} {"sessions",8}  {pair.A + " opened",-14} asymmetry {pair.A} vs {pair.B}");
        foreach (var period in shown)
        {
            var a = period.Participants.FirstOrDefault(p => p.Name == pair.A);
            var p = period.Pairs.FirstOrDefault(x => x.A == pair.A && x.B == pair.B);
            var composite = p is null || p.Status != DataSufficiency.Sufficient
                ? "insufficient data"
                : $"{ReportText.Signed(p.Asymmetry)} [{ReportText.Signed(p.CiLow)}, {ReportText.Signed(p.CiHigh)}]";
            output.WriteLine($"  {period.Label,-9} {ReportText.Count(period.Totals.Sessions),8}  {ReportText.Percent(a?.InitiationShare),-14} {composite}");
        }
    }

    private static void WriteMeaning(AnalysisReport report, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("What this means, and what it cannot mean");
        output.WriteLine("  - These numbers describe how messages were exchanged in this chat: who started, who wrote again");
        output.WriteLine("    after silence, how quickly and how fully each person answered. They are not a diagnosis of anyone,");
        output.WriteLine("    of an attachment style, or of the relationship; much of a relationship happens outside the chat.");
        output.WriteLine("  - The engagement labels come from an automatic classifier and are sometimes wrong; look at the");
        output.WriteLine("    messages before trusting a surprising number.");
        output.WriteLine("  - Exports record when a message was sent, not when it was read: reply speed mixes being busy");
        output.WriteLine("    with being interested.");
        output.WriteLine("  - The interval shows how much the score could move with a different sample of sessions from the");
        output.WriteLine("    same chat. An interval that includes 0 means no clear imbalance.");
        if (report.Pairs.Any(p => p.Status == DataSufficiency.InsufficientData))
        {
            output.WriteLine($"  - \"Insufficient data\" is shown instead of a score below {report.Settings.MinimumSessions} sessions or {report.Settings.MinimumMessagesPerPerson} messages per person.");
        }
    }
}
