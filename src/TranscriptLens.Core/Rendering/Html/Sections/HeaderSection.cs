using TranscriptLens.Core.Rendering.Html.Charts;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Rendering.Html.Sections;

/// <summary>The page head: whose chat, which time span, how much data, and what the page is not.</summary>
internal static class HeaderSection
{
    /// <summary>The page title: the conversation's name, else the two people, else the file.</summary>
    public static string Title(ReportFocus focus)
    {
        var report = focus.Report;
        if (!string.IsNullOrWhiteSpace(report.Conversation))
        {
            return report.Conversation;
        }

        return report.Participants.Count switch
        {
            0 => Path.GetFileName(report.Source),
            1 => report.Participants[0].Name,
            2 => $"{report.Participants[0].Name} & {report.Participants[1].Name}",
            _ => $"Group chat of {report.Participants.Count} people",
        };
    }

    /// <summary>Writes the header, a note on lines that could not be read (only when there were any) and the "not a diagnosis" notice.</summary>
    public static void Write(MarkupWriter writer, ReportFocus focus)
    {
        var report = focus.Report;
        writer.Open("header", ("class", "report-head"));
        writer.Element("p", "TranscriptLens report", ("class", "eyebrow"));
        writer.Open("h1").Element("bdi", Title(focus)).Close();
        writer.Open("p", ("class", "meta"));
        if (report.Totals.First is { } first && report.Totals.Last is { } last)
        {
            writer.Element("span", $"{ReportText.Date(first)} \u2013 {ReportText.Date(last)}");
        }

        writer.Element("span", ReportText.Plural(report.Totals.Messages, "message"));
        writer.Element("span", ReportText.Plural(report.Totals.Sessions, "conversation"));
        writer.Close();
        writer.Open("p", ("class", "meta source"));
        writer.Open("span").Text("from ").Element("bdi", Path.GetFileName(report.Source)).Close();
        if (!string.IsNullOrEmpty(report.Tagger))
        {
            writer.Element("span", $"labels by the {report.Tagger} tagger");
        }

        writer.Close();
        writer.Close().Line();

        if (report.Diagnostics.Problems > 0)
        {
            // Said before any figure: the numbers below rest on an export that was not read in full.
            writer.Open("aside", ("class", "notice"), ("aria-label", "Lines that could not be read"));
            writer.Open("p").Element("strong", "Part of the export could not be read. ")
                .Text(ReportText.ReadProblems(report.Diagnostics) + ". Running transcriptlens parse on the file lists them.")
                .Close();
            writer.Close().Line();
        }

        writer.Open("aside", ("class", "notice"), ("aria-label", "What this report is"));
        writer.Open("p").Element("strong", "This describes how this chat went, not who anyone is. ")
            .Text("It counts who wrote first, who waited, who explained and who answered briefly, from the timestamps and from "
                + "automatic labels that make mistakes. It is not a diagnosis of anyone, of an attachment style or of the relationship, "
                + "and a chat is only part of how two people talk.")
            .Close();
        writer.Close().Line();
    }
}
