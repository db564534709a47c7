using TranscriptLens.Core.Rendering.Html.Charts;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Rendering.Html.Sections;

/// <summary>
/// The headline: the pair's composite labour asymmetry as a big number, its 95 % interval, a gauge,
/// and one sentence that only claims a side when the whole interval lies on it.
/// </summary>
internal static class GlanceSection
{
    /// <summary>Writes the card (nothing without a pair).</summary>
    public static void Write(MarkupWriter writer, ReportFocus focus)
    {
        if (focus.Pair is not { } pair)
        {
            return;
        }

        writer.Open("section", ("class", "card composite"), ("aria-label", "Labour asymmetry"));
        writer.Open("div");
        writer.Open("p", ("class", "eyebrow")).Text("Labour asymmetry \u00B7 ").Element("bdi", pair.A).Text(" and ").Element("bdi", pair.B).Close();
        var value = Finite(pair.Asymmetry);
        if (value is { } v && pair.Status == DataSufficiency.Sufficient)
        {
            writer.Element("p", ReportText.Signed(v), ("class", "big"));
            if (ReportText.Interval(pair.CiLow, pair.CiHigh) is { Length: > 0 } interval)
            {
                writer.Element("p", $"95% interval {interval}", ("class", "ci"));
            }

            writer.Open("p");
            Verdict(new Prose(writer), pair);
            writer.Close();
        }
        else
        {
            writer.Element("p", Sentence(ReportText.NotEnoughData), ("class", "big big-missing"));
            writer.Element("p", pair.InsufficientReason ?? "Too few conversations or messages for a reliable number.", ("class", "ci"));
        }

        writer.Close();
        writer.Open("div");
        writer.Raw(IntervalGauge.Render(Gauge(focus, pair)));
        writer.Element("p", "The scale runs from \u22121 to +1; 0 means the work is shared evenly. Positive: "
            + pair.A + " carries more; negative: " + pair.B + " does.", ("class", "note"));
        writer.Close();
        writer.Close().Line();
    }

    /// <summary>One sentence on the pair's <see cref="PairReport.Verdict"/>: a side only when the whole interval lies on it.</summary>
    public static void Verdict(Prose prose, PairReport pair)
    {
        if (ReportText.LeaningPerson(pair) is { } person)
        {
            prose.Name(person).Say(ReportText.CarriesMore + " of the conversational work in this chat: the whole interval lies on ").Plain(person).Say("\u2019s side of balance.");
        }
        else if (pair.Verdict == AsymmetryVerdict.Balanced)
        {
            prose.Say(Sentence(ReportText.NoClearImbalance) + ": an even share is within the range.");
        }
        else
        {
            prose.Say(Sentence(ReportText.NotEnoughData) + " to say who carries more.");
        }
    }

    private static GaugeData Gauge(ReportFocus focus, PairReport pair)
    {
        var sufficient = pair.Status == DataSufficiency.Sufficient;
        var description = sufficient && Finite(pair.Asymmetry) is { } v
            ? $"Labour asymmetry {ReportText.Signed(v)} with 95% interval {ReportText.Interval(pair.CiLow, pair.CiHigh)}, "
                + $"on a scale from \u22121 ({pair.B} carries all) to +1 ({pair.A} carries all)."
            : "Not enough data for the labour asymmetry.";
        return new GaugeData(
            new ChartHeader("asymmetry-gauge", "asymmetry-gauge", "Labour asymmetry", description),
            sufficient ? Finite(pair.Asymmetry) : null,
            sufficient ? Finite(pair.CiLow) : null,
            sufficient ? Finite(pair.CiHigh) : null,
            $"{LabelFit.Shorten(pair.B, 16)} carries more",
            $"{LabelFit.Shorten(pair.A, 16)} carries more",
            focus.Colour(pair.B),
            focus.Colour(pair.A),
            "not enough data");
    }

    private static string Sentence(string words) => char.ToUpperInvariant(words[0]) + words[1..];

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
