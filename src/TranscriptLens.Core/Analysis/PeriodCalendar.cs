using System.Globalization;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Analysis;

/// <summary>Calendar arithmetic for the timeline: where a period starts, where the next one starts, and its label.</summary>
public static class PeriodCalendar
{
    /// <summary>The first day of the period that contains <paramref name="date"/>.</summary>
    public static DateOnly Start(DateOnly date, CalendarPeriod period) => period switch
    {
        // ISO 8601 weeks start on Monday.
        CalendarPeriod.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        CalendarPeriod.Month => new DateOnly(date.Year, date.Month, 1),
        CalendarPeriod.Quarter => new DateOnly(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    /// <summary>The first day of the period after the one starting at <paramref name="start"/>.</summary>
    public static DateOnly Next(DateOnly start, CalendarPeriod period) => period switch
    {
        CalendarPeriod.Week => start.AddDays(7),
        CalendarPeriod.Month => start.AddMonths(1),
        CalendarPeriod.Quarter => start.AddMonths(3),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    /// <summary><c>2024-W05</c> (ISO week-year), <c>2024-03</c> or <c>2024-Q1</c>.</summary>
    public static string Label(DateOnly start, CalendarPeriod period)
    {
        var day = start.ToDateTime(TimeOnly.MinValue);
        return period switch
        {
            CalendarPeriod.Week => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}"),
            CalendarPeriod.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            CalendarPeriod.Quarter => string.Create(CultureInfo.InvariantCulture, $"{start.Year:D4}-Q{((start.Month - 1) / 3) + 1}"),
            _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
        };
    }

    /// <summary>The lowercase name used by <c>--period</c> and in reports.</summary>
    public static string Name(CalendarPeriod period) => period switch
    {
        CalendarPeriod.Week => "week",
        CalendarPeriod.Month => "month",
        CalendarPeriod.Quarter => "quarter",
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    /// <summary>Parses <c>week</c>, <c>month</c> or <c>quarter</c> (case-insensitive).</summary>
    public static bool TryParse(string? name, out CalendarPeriod period)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "week": period = CalendarPeriod.Week; return true;
            case "month": period = CalendarPeriod.Month; return true;
            case "quarter": period = CalendarPeriod.Quarter; return true;
            default: period = CalendarPeriod.Month; return false;
        }
    }
}
