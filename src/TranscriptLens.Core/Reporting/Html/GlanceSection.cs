namespace TranscriptLens.Core.Reporting.Html;

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
            writer.Element("p", ValueText.Signed(v), ("class", "big"));
            if (Finite(pair.CiLow) is { } low && Finite(pair.CiHigh) is { } high)
            {
                writer.Element("p", $"95% interval {ValueText.Signed(low)} to {ValueText.Signed(high)}", ("class", "ci"));
            }

            writer.Open("p");
            Verdict(new Prose(writer), pair);
            writer.Close();
        }
        else
        {
            writer.Element("p", "Not enough data", ("class", "big big-missing"));
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

    /// <summary>One sentence on the composite's direction, claiming a side only when the interval excludes balance.</summary>
    public static void Verdict(Prose prose, PairReport pair)
    {
        var low = Finite(pair.CiLow);
        var high = Finite(pair.CiHigh);
        if (low > 0)
        {
            prose.Name(pair.A).Say(" carries more of the conversational work in this chat: the whole interval lies on ").Plain(pair.A).Say("\u2019s side of balance.");
        }
        else if (high < 0)
        {
            prose.Name(pair.B).Say(" carries more of the conversational work in this chat: the whole interval lies on ").Plain(pair.B).Say("\u2019s side of balance.");
        }
        else
        {
            prose.Say("No clear imbalance: the interval includes 0, which means an even share.");
        }
    }

    private static GaugeData Gauge(ReportFocus focus, PairReport pair)
    {
        var sufficient = pair.Status == DataSufficiency.Sufficient;
        var description = sufficient && Finite(pair.Asymmetry) is { } v
            ? $"Labour asymmetry {ValueText.Signed(v)} with 95% interval {ReportText.Score(pair.CiLow)} to {ReportText.Score(pair.CiHigh)}, "
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

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
