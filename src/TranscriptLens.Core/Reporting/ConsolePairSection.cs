namespace TranscriptLens.Core.Reporting;

/// <summary>The labour-asymmetry section of the plain-text report.</summary>
internal static class ConsolePairSection
{
    /// <summary>Writes each pair's composite, interval, components and LSM.</summary>
    public static void Write(AnalysisReport report, TextWriter output)
    {
        if (report.Pairs.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Labour asymmetry (from -1 to +1; positive: the first-named person carries more of the work)");
        foreach (var pair in report.Pairs)
        {
            output.WriteLine(pair.Status == DataSufficiency.Sufficient
                ? $"  {pair.A} vs {pair.B}: {ReportText.Signed(pair.Asymmetry)} (95% interval {ReportText.Signed(pair.CiLow)} to {ReportText.Signed(pair.CiHigh)}): {Verdict(pair)}"
                : $"  {pair.A} vs {pair.B}: insufficient data ({pair.InsufficientReason})");
            var c = pair.Components;
            output.WriteLine($"    opening sessions {ReportText.Signed(c.SessionInitiation)}, follow-ups {ReportText.Signed(c.FollowUps)}, explaining {ReportText.Signed(c.Explaining)}, words {ReportText.Signed(c.Words)}, turning toward {ReportText.Signed(c.TurningToward)}, reply speed {ReportText.Signed(c.ReplyLatency)}");
            output.WriteLine(pair.Lsm.Score is { } lsm
                ? $"    language style matching {ReportText.Plain(lsm)} (0 to 1; 1 = the same use of small function words)"
                : "    language style matching: not enough words");
        }
    }

    private static string Verdict(PairReport pair)
    {
        if (pair.CiLow is { } low && low > 0)
        {
            return $"{pair.A} carries more";
        }

        if (pair.CiHigh is { } high && high < 0)
        {
            return $"{pair.B} carries more";
        }

        return "no clear imbalance (the interval includes 0)";
    }
}
