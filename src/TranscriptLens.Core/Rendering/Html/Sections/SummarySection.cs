using TranscriptLens.Core.Rendering.Html.Charts;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Rendering.Html.Sections;

/// <summary>
/// The findings in plain sentences, one per measure: who opens, who follows up, reply speed, the
/// engagement mix, turning toward (with Gottman's lab figures as context only) and the composite.
/// </summary>
internal static class SummarySection
{
    /// <summary>Writes the list (a short note instead when nobody wrote).</summary>
    public static void Write(MarkupWriter writer, ReportFocus focus)
    {
        writer.Element("h2", "In plain words", ("id", "summary"));
        if (focus.People.Count == 0)
        {
            writer.Element("p", "This export holds no messages by anyone, so there is nothing to describe.", ("class", "card"));
            return;
        }

        GlanceSection.Write(writer, focus);
        writer.Open("section", ("class", "card"), ("aria-label", "Summary"));
        writer.Open("ul", ("class", "summary-list"));
        Item(writer, "Who opens", Top(focus, p => p.InitiationShare), prose => Opening(prose, focus));
        Item(writer, "Who follows up", Top(focus, p => p.FollowUps), prose => FollowUps(prose, focus));
        Item(writer, "Reply speed", Top(focus, p => -(p.MedianReplySeconds ?? double.MaxValue)), prose => Speed(prose, focus));
        Item(writer, "Engagement", Top(focus, p => p.ExplainingRate), prose => Engagement(prose, focus));
        Item(writer, "Turning toward", Top(focus, p => p.TurningTowardRate), prose => TurningToward(prose, focus));
        if (focus.Hidden > 0)
        {
            Item(writer, "Others", Palette.Reference, prose => prose.Say(
                $"{ReportText.Plural(focus.Hidden, "more person", "more people")} wrote less and {(focus.Hidden == 1 ? "is" : "are")} left out of these charts; the JSON report lists everyone."));
        }

        writer.Close().Close().Line();
    }

    private static void Item(MarkupWriter writer, string key, string colour, Action<Prose> write)
    {
        writer.Open("li", ("style", $"--dot:{colour}"));
        writer.Element("span", key, ("class", "key-term"));
        writer.Open("span", ("class", "sentence"));
        write(new Prose(writer));
        writer.Close().Close();
    }

    // The dot of each line takes the colour of the person the sentence is mostly about.
    private static string Top(ReportFocus focus, Func<ParticipantReport, double?> key)
    {
        var best = focus.People.Select((p, i) => (Value: key(p), i)).Where(x => x.Value is { } v && double.IsFinite(v)).OrderByDescending(x => x.Value).FirstOrDefault();
        return best.Value is null ? Palette.Reference : Palette.Person(best.i);
    }

    private static void Opening(Prose prose, ReportFocus focus)
    {
        var ranked = focus.People.Where(p => p.InitiationShare is not null).OrderByDescending(p => p.InitiationShare).ToList();
        if (ranked.Count == 0)
        {
            prose.Say("Nobody opened a conversation in this export.");
            return;
        }

        prose.Say("Of the ").Figure(ReportText.Plural(focus.Report.Totals.Sessions, "conversation")).Say(", ");
        prose.List(ranked, (p, x) => p.Name(x.Name).Say(" opened ").Figure(ReportText.Percent(x.InitiationShare)));
        prose.Say(".");
    }

    private static void FollowUps(Prose prose, ReportFocus focus)
    {
        var gap = ReportText.Duration(focus.Report.Settings.FollowUpGap.TotalSeconds);
        var ranked = focus.People.OrderByDescending(p => p.FollowUps).ToList();
        if (ranked.All(p => p.FollowUps == 0))
        {
            prose.Say($"Nobody wrote again after {gap} or more without an answer.");
            return;
        }

        prose.Say($"After {gap} or more without an answer, ");
        prose.List(ranked, (p, x) => p.Name(x.Name).Say(" wrote again ").Figure(ReportText.Plural(x.FollowUps, "time")));
        prose.Say(".");
    }

    private static void Speed(Prose prose, ReportFocus focus)
    {
        prose.Say("Typical reply time (median): ");
        prose.List(focus.People, (p, x) =>
        {
            p.Name(x.Name).Say(" ");
            if (x.MedianReplySeconds is null)
            {
                p.Say("never replied");
            }
            else
            {
                p.Figure(ReportText.Duration(x.MedianReplySeconds));
            }
        });
        prose.Say(".");
    }

    private static void Engagement(Prose prose, ReportFocus focus)
    {
        var tagged = focus.People.Where(p => p.Engagement.Total > 0).ToList();
        if (tagged.Count == 0)
        {
            prose.Say("No message carried an engagement label.");
            return;
        }

        prose.Say("Messages that explain (feelings, reasons, plans): ");
        prose.List(tagged, (p, x) => p.Name(x.Name).Say(" ").Figure(ReportText.Percent(x.ExplainingRate)));
        prose.Say(". Minimal replies (\u201Cok\u201D, \u201Clol\u201D, an emoji): ");
        prose.List(tagged, (p, x) => p.Plain(x.Name).Say(" ").Figure(ReportText.Percent(x.MinimalRate)));
        prose.Say(". Deflecting: ");
        prose.List(tagged, (p, x) => p.Plain(x.Name).Say(" ").Figure(ReportText.Percent(x.DeflectingRate)));
        prose.Say(".");
    }

    private static void TurningToward(Prose prose, ReportFocus focus)
    {
        var received = focus.People.Where(p => p.TurningTowardRate is not null).ToList();
        if (received.Count == 0)
        {
            prose.Say("Nobody received a bid for attention, so turning toward cannot be measured.");
            return;
        }

        prose.List(received, (p, x) =>
        {
            p.Name(x.Name).Say(" turned toward ").Figure(ReportText.Percent(x.TurningTowardRate)).Say(" of ");
            if (focus.IsDyad)
            {
                p.Plain(focus.Report.Participants.First(o => o.Name != x.Name).Name).Say("\u2019s bids");
            }
            else
            {
                p.Say("the bids they received");
            }
        });
        prose.Say(". For context only: in a lab study of newlywed couples, those still married six years later had turned toward 86% of bids, "
            + "those who later divorced 33% (Gottman; face to face, not texting).");
    }
}
