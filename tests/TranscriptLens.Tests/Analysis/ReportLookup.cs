using TranscriptLens.Core.Reports;

namespace TranscriptLens.Tests.Analysis;

/// <summary>Finds people and pairs in a report by name.</summary>
internal static class ReportLookup
{
    public static ParticipantReport Person(this AnalysisReport report, string name) =>
        report.Participants.Single(p => p.Name == name);

    public static ParticipantReport Person(this PeriodReport period, string name) =>
        period.Participants.Single(p => p.Name == name);

    public static PairReport Pair(this AnalysisReport report, string a, string b) =>
        report.Pairs.Single(p => p.A == a && p.B == b);
}
