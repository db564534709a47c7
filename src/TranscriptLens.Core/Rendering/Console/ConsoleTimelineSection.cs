using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Rendering.Console;

/// <summary>The short timeline of the plain-text report: the headline pair, period by period.</summary>
internal static class ConsoleTimelineSection
{
    /// <summary>Writes the most recent <see cref="ConsoleReportWriter.TimelineRows"/> periods (nothing with fewer than two periods or without a pair).</summary>
    public static void Write(AnalysisReport report, TextWriter output)
    {
        if (report.Timeline.Count < 2 || report.HeadlinePair is not { } pair || report.HeadlinePairIndex is not { } index)
        {
            return;
        }

        var rows = ConsoleReportWriter.TimelineRows;
        var shown = report.Timeline.Skip(Math.Max(0, report.Timeline.Count - rows)).ToList();
        var periodName = ReportText.PeriodName(report.Settings.Period);
        output.WriteLine();
        output.WriteLine(shown.Count < report.Timeline.Count
            ? $"Over time (per {periodName}; the last {shown.Count} of {report.Timeline.Count} periods, all of them in the JSON report)"
            : $"Over time (per {periodName})");
        output.WriteLine($"  {"period",-9} {"sessions",8}  {pair.A + " opened",-14} asymmetry {pair.A} vs {pair.B}");
        foreach (var period in shown)
        {
            var a = period.Participants.FirstOrDefault(p => p.Name == pair.A);

            // Every period holds the report's pairs in the report's order.
            var p = index < period.Pairs.Count ? period.Pairs[index] : null;
            var composite = p is null || p.Status != DataSufficiency.Sufficient
                ? ReportText.NotEnoughData
                : $"{ReportText.Signed(p.Asymmetry)} [{ReportText.Signed(p.CiLow)}, {ReportText.Signed(p.CiHigh)}]";
            output.WriteLine($"  {period.Label,-9} {ReportText.Count(period.Totals.Sessions),8}  {ReportText.Percent(a?.InitiationShare),-14} {composite}");
        }
    }
}
