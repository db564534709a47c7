using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Rendering.Console;

/// <summary>The labour-asymmetry section of the plain-text report.</summary>
internal static class ConsolePairSection
{
    /// <summary>Writes each pair's composite, interval, verdict, components and LSM, the headline pair first.</summary>
    public static void Write(AnalysisReport report, TextWriter output)
    {
        if (report.Pairs.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Labour asymmetry (from -1 to +1; positive: the first-named person carries more of the work)");
        var headline = report.HeadlinePair;
        foreach (var pair in report.Pairs.Where(p => ReferenceEquals(p, headline)).Concat(report.Pairs.Where(p => !ReferenceEquals(p, headline))))
        {
            output.WriteLine(pair.Status == DataSufficiency.Sufficient
                ? $"  {pair.A} vs {pair.B}: {ReportText.Signed(pair.Asymmetry)} (95% interval {ReportText.Interval(pair.CiLow, pair.CiHigh)}): {ReportText.Verdict(pair)}"
                : $"  {pair.A} vs {pair.B}: {ReportText.NotEnoughData} ({pair.InsufficientReason})");
            var c = pair.Components;
            output.WriteLine($"    opening sessions {ReportText.Signed(c.SessionInitiation)}, follow-ups {ReportText.Signed(c.FollowUps)}, explaining {ReportText.Signed(c.Explaining)}, words {ReportText.Signed(c.Words)}, turning toward {ReportText.Signed(c.TurningToward)}, reply speed {ReportText.Signed(c.ReplyLatency)}");
            output.WriteLine(pair.Lsm.Score is { } lsm
                ? $"    language style matching {ReportText.Plain(lsm)} (0 to 1; 1 = the same use of small function words)"
                : "    language style matching: not enough words");
        }
    }
}
