using TranscriptLens.Core.Rendering.Html.Charts;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Rendering.Html.Sections;

/// <summary>Definitions of every measure on the page and the settings that produced them.</summary>
internal static class ReadingGuideSection
{
    /// <summary>Writes the guide and the footer.</summary>
    public static void Write(MarkupWriter writer, AnalysisReport report)
    {
        var s = report.Settings;
        var session = ReportText.Duration(s.SessionGap.TotalSeconds);
        var followUp = ReportText.Duration(s.FollowUpGap.TotalSeconds);
        writer.Element("h2", "How to read this", ("id", "guide"));
        writer.Open("section", ("class", "card definitions"), ("aria-label", "Definitions"));
        writer.Open("dl");
        Term(writer, "Conversation", $"A run of messages with no silence longer than {session}. Whoever writes its first message opened it.");
        Term(writer, "Follow-up", $"A message sent {followUp} or more after one\u2019s own previous message, with no answer in between.");
        Term(writer, "Reply time", "From the end of one person\u2019s turn to the start of the other\u2019s answering turn, within a conversation. Medians and quartiles, because a few very slow replies would distort an average.");
        Term(writer, "Bid", "A message that opens an exchange, explains something or asks a question. It is turned toward when the next turn by the other person holds an explaining or neutral message, and turned away when that turn is only minimal or deflecting, or when no answer comes in that conversation.");
        Term(writer, "Labour asymmetry", "The average of six parts, each (what A does \u2212 what B does) \u00F7 (both together), from \u22121 to +1: opening conversations, following up, explaining, words written, turning toward bids and replying faster. 0 is an even share.");
        Term(writer, "95% interval", $"The range the composite falls in when the conversations are resampled {ReportText.Count(s.BootstrapResamples)} times (seed {s.Seed}). An interval that includes 0 means the chat does not show a clear imbalance.");
        Term(writer, "Not enough data", $"No composite below {ReportText.Count(s.MinimumSessions)} conversations or {ReportText.Count(s.MinimumMessagesPerPerson)} messages per person; a number from less would mostly be noise.");
        writer.Close();
        writer.Element("p", $"Settings: conversations split after {session} of silence; follow-ups after {followUp}; timeline by {ReportText.PeriodName(s.Period)}"
            + (s.Me is null ? string.Empty : $"; pairs seen from {s.Me}") + ".", ("class", "note"));
        writer.Close().Line();

        writer.Open("footer");
        writer.Element("p", "Made by TranscriptLens on this computer. This page loads nothing from the internet; it can be saved, printed or deleted like any file.");
        writer.Close().Line();
    }

    private static void Term(MarkupWriter writer, string term, string definition)
    {
        writer.Element("dt", term);
        writer.Element("dd", definition);
    }
}
