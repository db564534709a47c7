using System.Globalization;
using TranscriptLens.Core.Analysis;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Rendering;

/// <summary>
/// How every writer prints figures and the words around them: the console summary, the HTML page
/// and its charts, the batch lines (JSON and CSV carry raw numbers). Invariant culture, a real minus
/// sign, short units, and <see cref="Missing"/> for a value that cannot be computed. One place, so a
/// 90-second reply reads "1.5 min" on the console and on the page alike.
/// </summary>
internal static class ReportText
{
    /// <summary>Printed for a value that cannot be computed (a rate without denominator, a missing score).</summary>
    public const string Missing = "n/a";

    /// <summary>The verdict of a pair whose 95 % interval includes 0.</summary>
    public const string NoClearImbalance = "no clear imbalance (the interval includes 0)";

    /// <summary>The verdict of a pair with too few sessions or messages for a composite.</summary>
    public const string NotEnoughData = "not enough data";

    /// <summary>Follows the name of the person a pair's interval leans to: "Ana carries more".</summary>
    public const string CarriesMore = " carries more";

    /// <summary>A share in [0, 1] as a whole percentage: 0.6349 → "63%"; <see cref="Missing"/> for null.</summary>
    public static string Percent(double? share)
    {
        if (share is not { } s || !double.IsFinite(s))
        {
            return Missing;
        }

        var rounded = Math.Round(s * 100, MidpointRounding.AwayFromZero);
        return Minus((rounded == 0 ? 0 : rounded).ToString("0", CultureInfo.InvariantCulture)) + "%";
    }

    /// <summary>A score with an explicit sign and two decimals: "+0.34", "−0.12", "0.00"; <see cref="Missing"/> for null.</summary>
    public static string Signed(double? score)
    {
        if (score is not { } s || !double.IsFinite(s))
        {
            return Missing;
        }

        var rounded = Math.Round(s, 2, MidpointRounding.AwayFromZero);
        var text = Math.Abs(rounded).ToString("0.00", CultureInfo.InvariantCulture);
        return rounded > 0 ? "+" + text : rounded < 0 ? "\u2212" + text : text;
    }

    /// <summary>A score in [0, 1] with two decimals and no sign (language style matching): "0.87".</summary>
    public static string Plain(double? score) =>
        score is { } s && double.IsFinite(s) ? Math.Round(s, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) : Missing;

    /// <summary>A 95 % interval: "+0.12 to +0.30"; empty when either bound is missing.</summary>
    public static string Interval(double? low, double? high) =>
        low is { } l && high is { } h && double.IsFinite(l) && double.IsFinite(h) ? $"{Signed(l)} to {Signed(h)}" : string.Empty;

    /// <summary>A number with thousands separators and at most one decimal: "1,204", "2.5".</summary>
    public static string Number(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return Minus((rounded == 0 ? 0 : rounded).ToString("#,0.#", CultureInfo.InvariantCulture));
    }

    /// <summary>A count with thousands separators: "1,204".</summary>
    public static string Count(long count) => count.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>"1 conversation", "1,204 conversations".</summary>
    public static string Plural(long count, string singular, string? plural = null) =>
        $"{Count(count)} {(count == 1 ? singular : plural ?? singular + "s")}";

    /// <summary>
    /// A duration in the largest unit that keeps it readable, one decimal below 10: "40 s", "1.5 min",
    /// "38 min", "4 h", "2 d"; <see cref="Missing"/> for null, negative or non-finite seconds.
    /// </summary>
    public static string Duration(double? seconds)
    {
        if (seconds is not { } s || !double.IsFinite(s) || s < 0)
        {
            return Missing;
        }

        return s switch
        {
            < 59.5 => Short(s) + " s",
            < 3570 => Short(s / 60) + " min",
            < 86400 * 0.995 => Short(s / 3600) + " h",
            _ => Short(s / 86400) + " d",
        };
    }

    /// <summary>A gap setting as people read it: 4 hours → "4 h" (the JSON keeps the option syntax, "4h").</summary>
    public static string Duration(TimeSpan gap) => Duration(gap.TotalSeconds);

    /// <summary>A date as "12 Mar 2024": invariant and unambiguous in every locale.</summary>
    public static string Date(ChatTime time) => time.Clock.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The singular name of a timeline period: week, month, quarter (the <c>--period</c> names).</summary>
    public static string PeriodName(CalendarPeriod period) => PeriodCalendar.Name(period);

    /// <summary>
    /// The verdict of a pair in words, from <see cref="PairReport.Verdict"/>: "Ana carries more",
    /// <see cref="NoClearImbalance"/> or <see cref="NotEnoughData"/>.
    /// </summary>
    public static string Verdict(PairReport pair) =>
        LeaningPerson(pair) is { } person ? person + CarriesMore
        : pair.Verdict == AsymmetryVerdict.Balanced ? NoClearImbalance
        : NotEnoughData;

    /// <summary>The person the pair's whole interval leans to, or null when it is balanced or insufficient.</summary>
    public static string? LeaningPerson(PairReport pair) => pair.Verdict switch
    {
        AsymmetryVerdict.LeansToA => pair.A,
        AsymmetryVerdict.LeansToB => pair.B,
        _ => null,
    };

    /// <summary>
    /// The read problems behind a report in plain words: "12 lines of the export could not be read in
    /// full; what they held may be missing from these figures (10 warnings, 2 errors)"; empty for a clean read.
    /// </summary>
    public static string ReadProblems(ReportDiagnostics diagnostics)
    {
        if (diagnostics.Problems == 0)
        {
            return string.Empty;
        }

        var verb = diagnostics.Problems == 1 ? "it" : "they";
        return $"{Plural(diagnostics.Problems, "line")} of the export could not be read in full; what {verb} held may be missing from these figures "
            + $"({Plural(diagnostics.Warnings, "warning")}, {Plural(diagnostics.Errors, "error")})";
    }

    // One decimal below 10 ("1.5 h"), none above ("38 min"); a trailing ".0" is dropped.
    private static string Short(double value) =>
        value < 9.95
            ? Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture)
            : Math.Round(value, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);

    private static string Minus(string text) => text.StartsWith('-') ? "\u2212" + text[1..] : text;
}
