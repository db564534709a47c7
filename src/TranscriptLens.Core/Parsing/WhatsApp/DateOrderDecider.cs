namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// Decides a file's day/month order from all of its headers (docs/formats.md#whatsapp-dates-and-clocks; never per line, which
/// flips dates mid-file: whatsapp-chat-parser #237). In order: (1) a field above 12 cannot be the
/// month; (2) within a year the day is the field that decreases (it wraps at month ends); (3) the day
/// is the field that changes more often; (4) otherwise the fallback, day first by default — the
/// order of most locales and what whatsapp-chat-parser, chat-miner and chat-analytics assume (the
/// latter's <c>4A_11M</c> fixture expects <c>12/9/20</c> to be 12 September).
/// </summary>
internal static class DateOrderDecider
{
    /// <summary>Decides the order from <paramref name="evidence"/>.</summary>
    public static DateOrderDecision Decide(DateOrderEvidence evidence, DateOrder fallback = DateOrder.DayFirst)
    {
        var twoDigitYearFirst = evidence.TwoDigitYearFirst > 0;
        if (evidence.Headers > 0 && evidence.YearFirst + evidence.TwoDigitYearFirst == evidence.Headers)
        {
            return new DateOrderDecision(fallback, twoDigitYearFirst, false,
                "dates are year-month-day: the year is written first");
        }

        if (evidence.FirstAbove12 > 0 || evidence.SecondAbove12 > 0)
        {
            var dayFirst = evidence.FirstAbove12 >= evidence.SecondAbove12;
            var (line, value) = dayFirst ? evidence.FirstAbove12Example : evidence.SecondAbove12Example;
            var conflict = evidence.FirstAbove12 > 0 && evidence.SecondAbove12 > 0
                ? $" ({Math.Min(evidence.FirstAbove12, evidence.SecondAbove12)} header(s) disagree and will not be read as dates)"
                : string.Empty;
            return new DateOrderDecision(Order(dayFirst), twoDigitYearFirst, false,
                $"dates are {Name(dayFirst)}: the {(dayFirst ? "first" : "second")} date field is {value} on line {line}, so it cannot be the month{conflict}");
        }

        if (evidence.FirstDecreases != evidence.SecondDecreases)
        {
            var dayFirst = evidence.FirstDecreases > evidence.SecondDecreases;
            return new DateOrderDecision(Order(dayFirst), twoDigitYearFirst, false,
                $"dates are {Name(dayFirst)}: within a year the first date field decreases {evidence.FirstDecreases} time(s) and the second {evidence.SecondDecreases} time(s); the day is the one that wraps at month ends");
        }

        if (evidence.FirstChanges != evidence.SecondChanges)
        {
            var dayFirst = evidence.FirstChanges > evidence.SecondChanges;
            return new DateOrderDecision(Order(dayFirst), twoDigitYearFirst, false,
                $"dates are {Name(dayFirst)}: the first date field changes {evidence.FirstChanges} time(s) and the second {evidence.SecondChanges} time(s); the day changes more often");
        }

        var assumedDayFirst = fallback == DateOrder.DayFirst;
        return new DateOrderDecision(fallback, twoDigitYearFirst, true,
            $"dates are assumed {Name(assumedDayFirst)}: no date in the file tells day from month (no field above 12, none decreases or changes more often)");
    }

    private static DateOrder Order(bool dayFirst) => dayFirst ? DateOrder.DayFirst : DateOrder.MonthFirst;

    private static string Name(bool dayFirst) => dayFirst ? "day/month/year" : "month/day/year";
}
