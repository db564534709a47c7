namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>How one file's header dates are read, and why.</summary>
/// <param name="Order">Which non-year field is the day.</param>
/// <param name="TwoDigitYearFirst">Two-digit years are written first (<c>24-03-14</c>), shown by a first field above 31.</param>
/// <param name="Assumed">No header decided the order; <see cref="Order"/> is the fallback.</param>
/// <param name="Evidence">The decision and its evidence, for the user.</param>
internal sealed record DateOrderDecision(DateOrder Order, bool TwoDigitYearFirst, bool Assumed, string Evidence)
{
    /// <summary>The header's date under this decision, or false when it is not a calendar date.</summary>
    public bool TryGetDate(in HeaderMatch header, out int year, out int month, out int day)
    {
        var date = header.Date(TwoDigitYearFirst);
        year = date.Year;
        (month, day) = date.YearFirst || Order == DateOrder.MonthFirst ? (date.First, date.Second) : (date.Second, date.First);
        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }
}
