using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Rendering.Console;

/// <summary>
/// The plain-text summary printed by <c>transcriptlens analyze</c>: who opens, who follows up, how
/// fast each replies, the engagement mix, turning toward bids, the composite with its interval and
/// verdict, a short timeline of the headline pair and what the numbers can and cannot mean. Renders
/// only; figures are worded by <see cref="ReportText"/> like on the HTML page.
/// </summary>
public sealed class ConsoleReportWriter : IReportWriter
{
    /// <summary>At most this many periods are printed (the most recent); the JSON report has all.</summary>
    public const int TimelineRows = 12;

    /// <inheritdoc />
    public string Name => "console";

    /// <inheritdoc />
    public string Extension => ".txt";

    /// <inheritdoc />
    public void Write(AnalysisReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var settings = report.Settings;
        var totals = report.Totals;
        var title = report.Conversation is null ? report.Source : $"{report.Source} — {report.Conversation}";
        output.WriteLine($"TranscriptLens: {title}");
        var span = totals.First is { } first && totals.Last is { } last
            ? $", {ReportText.Date(first)} to {ReportText.Date(last)}"
            : string.Empty;
        output.WriteLine($"{report.Participants.Count} participant(s), {ReportText.Count(totals.Messages)} messages in {ReportText.Count(totals.Sessions)} sessions{span}.");
        output.WriteLine($"A session ends after {ReportText.Duration(settings.SessionGap)} of silence; a follow-up is a message after {ReportText.Duration(settings.FollowUpGap)} or more without an answer.");
        if (report.Diagnostics.Problems > 0)
        {
            output.WriteLine($"Note: {ReportText.ReadProblems(report.Diagnostics)}.");
        }

        if (report.Participants.Count == 0)
        {
            output.WriteLine("No messages by participants: nothing to measure.");
            return;
        }

        ConsoleParticipantSection.Write(report, output);
        ConsolePairSection.Write(report, output);
        ConsoleTimelineSection.Write(report, output);
        WriteMeaning(report, output);
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
            output.WriteLine($"  - \"Not enough data\" is shown instead of a score below {report.Settings.MinimumSessions} sessions or {report.Settings.MinimumMessagesPerPerson} messages per person.");
        }
    }
}
