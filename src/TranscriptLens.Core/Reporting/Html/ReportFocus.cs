namespace TranscriptLens.Core.Reporting.Html;

/// <summary>
/// Who the page shows and in which colours: at most <see cref="MaxPeople"/> people (the most
/// active ones of a group, in report order so colours follow the order of first message), and the
/// headline pair whose balance the page leads with (the only pair of a two-person chat; in a group
/// or with <c>--me</c>, the pair with the most messages).
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

    /// <summary>The headline pair, or null when fewer than two people wrote.</summary>
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
        var pair = report.Pairs
            .Select((p, i) => (p, i))
            .OrderByDescending(x => x.p.MessagesA + x.p.MessagesB)
            .ThenBy(x => x.i)
            .Select(x => x.p)
            .FirstOrDefault();
        return new ReportFocus(report, shown, pair);
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

    /// <summary>The headline pair's measures within <paramref name="period"/> (same position as in the report), or null.</summary>
    public PairReport? PairInPeriod(PeriodReport period)
    {
        if (Pair is null)
        {
            return null;
        }

        var index = IndexOf(Report.Pairs, Pair);
        return index >= 0 && index < period.Pairs.Count ? period.Pairs[index] : null;
    }

    private static int IndexOf(IReadOnlyList<PairReport> pairs, PairReport pair)
    {
        for (var i = 0; i < pairs.Count; i++)
        {
            if (ReferenceEquals(pairs[i], pair))
            {
                return i;
            }
        }

        return -1;
    }
}
