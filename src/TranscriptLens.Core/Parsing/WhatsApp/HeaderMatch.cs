namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// The raw pieces of a header line: the three date fields as written (their order is decided per
/// file, not here), the time, and where the author/body starts.
/// </summary>
internal readonly struct HeaderMatch
{
    /// <summary>First date field.</summary>
    public int A { get; init; }

    /// <summary>Second date field.</summary>
    public int B { get; init; }

    /// <summary>Third date field.</summary>
    public int C { get; init; }

    /// <summary>Digits written in the first field (a 3- or 4-digit field is the year).</summary>
    public int DigitsA { get; init; }

    /// <summary>Digits written in the second field.</summary>
    public int DigitsB { get; init; }

    /// <summary>Digits written in the third field.</summary>
    public int DigitsC { get; init; }

    /// <summary>Hour as written (0–23; 1–12 with a meridiem, or 0/13–23 in odd synthetic files).</summary>
    public int Hour { get; init; }

    /// <summary>Minute.</summary>
    public int Minute { get; init; }

    /// <summary>Second (0 when the header has none).</summary>
    public int Second { get; init; }

    /// <summary>Whether the header carries seconds (iOS does, Android does not).</summary>
    public bool HasSeconds { get; init; }

    /// <summary>AM/PM or day period, if any.</summary>
    public Meridiem Meridiem { get; init; }

    /// <summary>How the header is laid out.</summary>
    public HeaderLayout Layout { get; init; }

    /// <summary>Index in the line where the author (or a system text) starts.</summary>
    public int BodyStart { get; init; }

    /// <summary>The hour on a 24-hour clock.</summary>
    public int Hour24 => DayPeriods.ToHour24(Hour, Meridiem);

    /// <summary>Splits the date into year and the two other fields, in written order.</summary>
    /// <param name="twoDigitYearFirst">The file writes two-digit years first (decided per file).</param>
    public DateFields Date(bool twoDigitYearFirst)
    {
        if (DigitsA >= 3)
        {
            return new DateFields(A, B, C, YearFirst: true);
        }

        if (DigitsB >= 3)
        {
            return new DateFields(B, A, C, YearFirst: false);
        }

        if (DigitsC >= 3)
        {
            return new DateFields(C, A, B, YearFirst: false);
        }

        return twoDigitYearFirst
            ? new DateFields(2000 + A, B, C, YearFirst: true)
            : new DateFields(2000 + C, A, B, YearFirst: false);
    }
}
