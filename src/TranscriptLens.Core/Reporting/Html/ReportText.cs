using System.Globalization;
using TranscriptLens.Core.Analysis;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Reporting.Html;

/// <summary>Words the report sections share: dates, period names, lists of people.</summary>
internal static class ReportText
{
    /// <summary>A date as "12 Mar 2024" (invariant, unambiguous in every locale).</summary>
    public static string Date(ChatTime time) => time.Clock.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The singular name of a timeline period: week, month, quarter.</summary>
    public static string PeriodName(CalendarPeriod period) => period switch
    {
        CalendarPeriod.Week => "week",
        CalendarPeriod.Month => "month",
        CalendarPeriod.Quarter => "quarter",
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    /// <summary>"1 conversation", "3 conversations".</summary>
    public static string Plural(long count, string singular, string? plural = null) =>
        $"{HtmlText.Count(count)} {(count == 1 ? singular : plural ?? singular + "s")}";

    /// <summary>A rate as a percentage, or "n/a" when it has no denominator.</summary>
    public static string Rate(double? rate) => rate is { } r && double.IsFinite(r) ? ValueText.Percent(r) : "n/a";

    /// <summary>A duration, or "n/a".</summary>
    public static string Seconds(double? seconds) => seconds is { } s && double.IsFinite(s) && s >= 0 ? ValueText.Duration(s) : "n/a";

    /// <summary>A score with its sign, or "n/a".</summary>
    public static string Score(double? value) => value is { } v && double.IsFinite(v) ? ValueText.Signed(v) : "n/a";
}
