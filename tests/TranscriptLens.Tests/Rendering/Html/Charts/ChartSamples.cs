using TranscriptLens.Core.Rendering.Html.Charts;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Tests.Rendering.Html.Charts;

/// <summary>Plain data series for the chart primitives: two people, a gap, an RTL name and markup characters.</summary>
internal static class ChartSamples
{
    public const string Ana = "Ana <3 & \"Co\"";
    public const string Rtl = "נועה 🌙";

    public static readonly string[] Months = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08"];

    public static LineChartData Initiation() => new(
        new ChartHeader("c-init", "initiation", "Share of conversations opened, per month", "Ana opened most conversations in every month with data."),
        Months,
        "month",
        [
            new LineSeries(Ana, Palette.Person(0), [0.62, 0.66, null, 0.71, 0.69, 0.74, 0.7, 0.72]),
            new LineSeries(Rtl, Palette.Person(1), [0.38, 0.34, null, 0.29, 0.31, 0.26, 0.3, 0.28]),
        ],
        new ValueAxis("share of conversations opened", ValueFormat.Percent, 0, 1),
        [new ReferenceLine(0.5, "even split")]);

    public static LineChartData Composite() => new(
        new ChartHeader("c-comp", "composite", "Labour asymmetry per month with 95% interval", "Positive values: Ana carries more of the work."),
        Months,
        "month",
        [new LineSeries("asymmetry", Palette.Ink, [0.21, 0.28, null, 0.35, 0.31, null, 0.4, 0.38], [0.05, 0.12, null, 0.18, 0.12, null, 0.2, 0.22], [0.37, 0.44, null, 0.52, 0.5, null, 0.6, 0.54])],
        new ValueAxis("labour asymmetry (−1 to +1)", ValueFormat.Signed, -1, 1),
        [new ReferenceLine(0, "balanced")]);

    public static StackedBarData Engagement() => new(
        new ChartHeader("c-eng", "engagement", "Engagement mix per person", "Ana explains more; Noa answers minimally more often."),
        [.. Palette.EngagementOrder.Select(e => new BarSegment(EngagementNames.Name(e), Palette.Of(e)))],
        [new StackedBarRow(Ana, [372, 540, 212, 80], "1,204 messages"), new StackedBarRow(Rtl, [96, 310, 402, 133], "941 messages")],
        "share of each person's messages",
        "messages",
        []);

    public static StackedBarData TurningToward() => new(
        new ChartHeader("c-bids", "bids", "Bids turned toward and away", "Ana turned toward 81% of Noa's bids; Noa toward 47% of Ana's."),
        [new BarSegment("turned toward", Palette.Toward), new BarSegment("turned away", Palette.Away)],
        [new StackedBarRow(Ana, [210, 49], "259 bids from Noa"), new StackedBarRow(Rtl, [188, 212], "400 bids from Ana")],
        "share of the other person's bids",
        "bids",
        [new ReferenceLine(0.86, "86%: stable couples (lab)"), new ReferenceLine(0.33, "33%: later divorced (lab)")]);

    public static GroupedBarData Reaching() => new(
        new ChartHeader("c-reach", "reaching-out", "Who reaches out", "Ana opened 212 conversations and followed up 41 times."),
        ["opened a conversation", "followed up after silence"],
        [new BarSeries(Ana, Palette.Person(0), [212, 41]), new BarSeries(Rtl, Palette.Person(1), [88, null])],
        new ValueAxis("count", ValueFormat.Number));

    public static LatencyChartData Latency() => new(
        new ChartHeader("c-lat", "latency", "Reply times per person", "Ana usually replies within minutes; Noa within an hour."),
        [new LatencyColumn("<1 min", 0, 60), new LatencyColumn("1–5 min", 60, 300), new LatencyColumn("5–30 min", 300, 1800),
            new LatencyColumn("30 min–1 h", 1800, 3600), new LatencyColumn("1–6 h", 3600, 21600), new LatencyColumn(">6 h", 21600, null)],
        [
            new LatencyRow(Ana, Palette.Person(0), [250, 180, 110, 30, 25, 5], new LatencySummary(35, 110, 640)),
            new LatencyRow(Rtl, Palette.Person(1), [60, 70, 120, 70, 90, 10], new LatencySummary(240, 1250, 4300)),
        ],
        "time to reply");

    public static DivergingBarData Components() => new(
        new ChartHeader("c-parts", "components", "What the asymmetry is made of", "Ana opens and explains more; Noa replies faster."),
        [new DivergingBarRow("opening conversations", 0.41), new DivergingBarRow("following up", 0.55), new DivergingBarRow("explaining", 0.6),
            new DivergingBarRow("words written", 0.22), new DivergingBarRow("turning toward bids", 0.27), new DivergingBarRow("reply speed", -0.35), new DivergingBarRow("something missing", null)],
        $"{Rtl} does more", $"{Ana} does more", Palette.Person(1), Palette.Person(0));

    public static GaugeData Gauge() => new(
        new ChartHeader("c-gauge", "composite-gauge", "Labour asymmetry", "Labour asymmetry +0.32, 95% interval +0.21 to +0.44: Ana carries more."),
        0.32, 0.21, 0.44, $"{Rtl} carries more", $"{Ana} carries more", Palette.Person(1), Palette.Person(0), "not enough data");
}
