using TranscriptLens.Core.Rendering.Html.Charts;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Rendering.Html.Sections;

/// <summary>How often each person turned toward the bids they received, with Gottman's lab figures as context only.</summary>
internal static class TurningTowardSection
{
    /// <summary>Writes the section (nothing when nobody received a bid).</summary>
    public static void Write(MarkupWriter writer, ReportFocus focus)
    {
        if (focus.People.All(p => p.BidsReceived == 0))
        {
            return;
        }

        var chart = new StackedBarData(
            new ChartHeader("bids-chart", "bids", "Bids turned toward and away, per person",
                string.Join("; ", focus.People.Select(p => $"{p.Name} turned toward {ReportText.Percent(p.TurningTowardRate)} of {ReportText.Plural(p.BidsReceived, "bid")} received"))
                    + ". Lab context: 86% in couples still married six years later, 33% in couples who divorced."),
            [new BarSegment("turned toward", Palette.Toward), new BarSegment("turned away or unanswered", Palette.Away)],
            [.. focus.People.Select(p => new StackedBarRow(p.Name, [p.BidsTurnedToward, p.BidsTurnedAway], Received(focus, p)))],
            "share of the bids each person received",
            "bids",
            [new ReferenceLine(0.86, "86%: stable couples (lab)"), new ReferenceLine(0.33, "33%: later divorced (lab)")]);
        var table = new DataTable(
            "Bids per person",
            ["person", "bids received", "turned toward", "turned away", "turning-toward rate", "bids made", "made, unanswered"],
            [.. focus.People.Select(p => (IReadOnlyList<string>)[p.Name, ReportText.Count(p.BidsReceived), ReportText.Count(p.BidsTurnedToward),
                ReportText.Count(p.BidsTurnedAway), ReportText.Percent(p.TurningTowardRate), ReportText.Count(p.BidsMade), ReportText.Count(p.BidsUnanswered)])]);

        writer.Element("h2", "Turning toward", ("id", "turning-toward"));
        new ReportFigure(
            "Bids for attention: turned toward or away",
            "A bid is a message that opens something, explains something or asks a question. The answer turns toward it when it engages (explaining or neutral), and away when it is only minimal or deflecting, or never comes.",
            StackedBarChart.Render(chart),
            [new LegendItem("turned toward", Palette.Toward), new LegendItem("turned away or unanswered", Palette.Away), new LegendItem("lab figures (context only)", Palette.Ink, LegendMark.Dashed)],
            table,
            "The dashed lines are lab statistics, not norms: newlywed couples observed face to face in Gottman\u2019s apartment lab, where those still married six years later "
                + "had turned toward 86% of bids and those who divorced 33% (Gottman Institute; Driver & Gottman 2004). Texting is a different setting.").Write(writer);
    }

    private static string Received(ReportFocus focus, ParticipantReport person)
    {
        var bids = ReportText.Plural(person.BidsReceived, "bid");
        return focus.IsDyad ? $"{bids} from {LabelFit.Shorten(focus.Report.Participants.First(o => o.Name != person.Name).Name, 12)}" : $"{bids} received";
    }
}
