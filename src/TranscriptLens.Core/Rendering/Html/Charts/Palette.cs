using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>
/// The report's colours. People get Okabe–Ito colours (blue, orange, then green, pink, sky,
/// vermilion), which stay distinct under the common colour-vision deficiencies; the engagement
/// labels get Paul Tol's "muted" scheme, ordered from engaged (teal, cyan) to disengaged (sand,
/// rose), and turning toward / away reuse the two ends of that scale, so a colour means the same
/// thing in every chart. Every colour is also named in a legend or a label: colour is never the only cue.
/// </summary>
internal static class Palette
{
    private static readonly string[] People = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"];

    /// <summary>Body text.</summary>
    public const string Ink = "#1F2933";

    /// <summary>Secondary text: axis labels, notes.</summary>
    public const string MutedInk = "#52606D";

    /// <summary>Axis lines.</summary>
    public const string Axis = "#9AA5B1";

    /// <summary>Grid lines.</summary>
    public const string Grid = "#E4E7EB";

    /// <summary>Periods without an estimate (too little data).</summary>
    public const string NoData = "#F1F3F5";

    /// <summary>Reference lines (symmetry, published context figures).</summary>
    public const string Reference = "#7B8794";

    /// <summary>A bid the other person turned toward.</summary>
    public const string Toward = "#44AA99";

    /// <summary>A bid the other person turned away from (or left unanswered).</summary>
    public const string Away = "#CC6677";

    /// <summary>The colour of the participant at <paramref name="index"/> (in report order), cycling after six.</summary>
    public static string Person(int index) => People[((index % People.Length) + People.Length) % People.Length];

    /// <summary>The colour of an engagement label.</summary>
    public static string Of(Engagement engagement) => engagement switch
    {
        Engagement.Explaining => "#44AA99",
        Engagement.Neutral => "#88CCEE",
        Engagement.Minimal => "#DDCC77",
        Engagement.Deflecting => "#CC6677",
        _ => throw new ArgumentOutOfRangeException(nameof(engagement), engagement, null),
    };

    /// <summary>The engagement labels in display order, from engaged to disengaged.</summary>
    public static IReadOnlyList<Engagement> EngagementOrder { get; } =
        [Engagement.Explaining, Engagement.Neutral, Engagement.Minimal, Engagement.Deflecting];
}
