using TranscriptLens.Core.Rendering.Html.Charts;
using TranscriptLens.Core.Reports;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Core.Rendering.Html.Sections;

/// <summary>How each person engages: the mix of explaining, neutral, minimal and deflecting messages.</summary>
internal static class EngagementSection
{
    /// <summary>Writes the section (nothing when no message was tagged).</summary>
    public static void Write(MarkupWriter writer, ReportFocus focus)
    {
        if (focus.People.All(p => p.Engagement.Total == 0))
        {
            return;
        }

        var order = Palette.EngagementOrder;
        var chart = new StackedBarData(
            new ChartHeader("engagement-chart", "engagement", "Engagement mix per person",
                string.Join("; ", focus.People.Select(p => $"{p.Name}: {string.Join(", ", order.Select(e => $"{EngagementNames.Name(e)} {ReportText.Percent(Share(p, e))}"))}")) + "."),
            [.. order.Select(e => new BarSegment(EngagementNames.Name(e), Palette.Of(e)))],
            [.. focus.People.Select(p => new StackedBarRow(p.Name, [.. order.Select(e => (double)Count(p.Engagement, e))], ReportText.Plural(p.Engagement.Total, "message")))],
            "share of each person\u2019s labelled messages",
            "messages",
            []);
        var table = new DataTable(
            "Engagement labels per person (count and share)",
            ["person", .. order.Select(EngagementNames.Name), "labelled messages"],
            [.. focus.People.Select(p => (IReadOnlyList<string>)[p.Name,
                .. order.Select(e => $"{ReportText.Count(Count(p.Engagement, e))} ({ReportText.Percent(Share(p, e))})"), ReportText.Count(p.Engagement.Total)])]);

        writer.Element("h2", "How each person engages", ("id", "engagement"));
        new ReportFigure(
            "Engagement mix",
            "Every message gets one label, from engaged (left) to disengaged (right).",
            StackedBarChart.Render(chart),
            [.. order.Select(e => new LegendItem(EngagementNames.Name(e), Palette.Of(e)))],
            table,
            "explaining: gives insight into feelings, reasons, experiences or plans \u00B7 neutral: logistics, facts, questions, short engaged answers \u00B7 "
                + "minimal: \u201Cok\u201D, \u201Clol\u201D, a lone emoji or sticker \u00B7 deflecting: dismisses, postpones, changes the subject or gives a vague non-answer. "
                + "The labels come from an automatic classifier and are wrong now and then.").Write(writer);
    }

    private static int Count(EngagementCounts counts, Engagement engagement) => engagement switch
    {
        Engagement.Explaining => counts.Explaining,
        Engagement.Neutral => counts.Neutral,
        Engagement.Minimal => counts.Minimal,
        Engagement.Deflecting => counts.Deflecting,
        _ => throw new ArgumentOutOfRangeException(nameof(engagement), engagement, null),
    };

    private static double? Share(ParticipantReport person, Engagement engagement) =>
        person.Engagement.Total == 0 ? null : (double)Count(person.Engagement, engagement) / person.Engagement.Total;
}
