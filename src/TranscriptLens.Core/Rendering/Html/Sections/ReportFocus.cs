using TranscriptLens.Core.Rendering.Html.Charts;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Rendering.Html.Sections;

/// <summary>
/// Who the page shows and in which colours: at most <see cref="MaxPeople"/> people (the most
/// active ones of a group, in report order so colours follow the order of first message), and the
/// report's headline pair (<see cref="AnalysisReport.HeadlinePairIndex"/>), whose balance the page leads with.
/// </summary>
internal sealed class ReportFocus
{
    /// <summary>More people than this would make unreadable charts; the JSON report has everyone.</summary>
    public const int MaxPeople = 6;

    private ReportFocus(AnalysisReport report, IReadOnlyList<int> shown, PairReport? pair)
    {
        Report = report;
        Indexes = shown;
        People = [.. shown.Select(i => report.Participants[i])];
        Pair = pair;
    }

    /// <summary>The report.</summary>
    public AnalysisReport Report { get; }

    /// <summary>The people shown, in report order.</summary>
    public IReadOnlyList<ParticipantReport> People { get; }

    /// <summary>For each shown person, their index in the report's (and every period's) participant list.</summary>
    public IReadOnlyList<int> Indexes { get; }

    /// <summary>How many people wrote but are left out of the charts.</summary>
    public int Hidden => Report.Participants.Count - People.Count;

    /// <summary>The report's headline pair, or null when fewer than two people wrote.</summary>
    public PairReport? Pair { get; }

    /// <summary>True for a chat of exactly two people, where "the other person" is unambiguous.</summary>
    public bool IsDyad => Report.Participants.Count == 2;

    /// <summary>Chooses the people and the headline pair.</summary>
    public static ReportFocus Of(AnalysisReport report)
    {
        var shown = report.Participants
            .Select((p, i) => (p, i))
            .OrderByDescending(x => x.p.Messages)
            .ThenBy(x => x.i)
            .Take(MaxPeople)
            .Select(x => x.i)
            .Order()
            .ToList();
        return new ReportFocus(report, shown, report.HeadlinePair);
    }

    /// <summary>The colour of a shown person (by position among the shown people), or a neutral grey for anyone else.</summary>
    public string Colour(string name)
    {
        for (var i = 0; i < People.Count; i++)
        {
            if (string.Equals(People[i].Name, name, StringComparison.Ordinal))
            {
                return Palette.Person(i);
            }
        }

        return Palette.Reference;
    }

    /// <summary>The measures of shown person <paramref name="shownIndex"/> within <paramref name="period"/>.</summary>
    public ParticipantReport InPeriod(PeriodReport period, int shownIndex) => period.Participants[Indexes[shownIndex]];

    /// <summary>The headline pair's measures within <paramref name="period"/> (every period holds the report's pairs in the same order), or null.</summary>
    public PairReport? PairInPeriod(PeriodReport period) =>
        Report.HeadlinePairIndex is { } index && index < period.Pairs.Count ? period.Pairs[index] : null;
}
