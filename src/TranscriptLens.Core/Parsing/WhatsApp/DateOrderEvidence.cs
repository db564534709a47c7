namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// What the headers of one file say about their day/month order, gathered in the first pass
/// without keeping the dates: which field ever exceeds 12, how often each decreases within a year
/// (the day wraps at every month end) and how often each changes (the day changes more often).
/// </summary>
internal sealed class DateOrderEvidence
{
    private bool _hasPrevious;
    private DateFields _previous;

    /// <summary>Headers seen.</summary>
    public int Headers { get; private set; }

    /// <summary>Headers whose year is written first (<c>2024-03-14</c>).</summary>
    public int YearFirst { get; private set; }

    /// <summary>Headers with only two-digit fields whose first field exceeds 31: a two-digit year written first.</summary>
    public int TwoDigitYearFirst { get; private set; }

    /// <summary>Headers whose first non-year field exceeds 12.</summary>
    public int FirstAbove12 { get; private set; }

    /// <summary>Headers whose second non-year field exceeds 12.</summary>
    public int SecondAbove12 { get; private set; }

    /// <summary>Line and value of the first header whose first field exceeds 12.</summary>
    public (int Line, int Value) FirstAbove12Example { get; private set; }

    /// <summary>Line and value of the first header whose second field exceeds 12.</summary>
    public (int Line, int Value) SecondAbove12Example { get; private set; }

    /// <summary>Times the first field decreased between consecutive headers of the same year.</summary>
    public int FirstDecreases { get; private set; }

    /// <summary>Times the second field decreased between consecutive headers of the same year.</summary>
    public int SecondDecreases { get; private set; }

    /// <summary>Times the first field changed between consecutive headers.</summary>
    public int FirstChanges { get; private set; }

    /// <summary>Times the second field changed between consecutive headers.</summary>
    public int SecondChanges { get; private set; }

    /// <summary>Headers with AM/PM or a day period.</summary>
    public int TwelveHour { get; private set; }

    /// <summary>Headers with seconds.</summary>
    public int WithSeconds { get; private set; }

    /// <summary>Adds one header found on <paramref name="line"/>.</summary>
    public void Add(in HeaderMatch header, int line)
    {
        Headers++;
        TwelveHour += header.Meridiem == Meridiem.None ? 0 : 1;
        WithSeconds += header.HasSeconds ? 1 : 0;
        if (header.DigitsA <= 2 && header.DigitsB <= 2 && header.DigitsC <= 2 && header.A > 31 && header.C <= 31)
        {
            TwoDigitYearFirst++;
            return;
        }

        var date = header.Date(twoDigitYearFirst: false);
        if (date.YearFirst)
        {
            YearFirst++;
            return;
        }

        if (date.First > 12 && FirstAbove12++ == 0)
        {
            FirstAbove12Example = (line, date.First);
        }

        if (date.Second > 12 && SecondAbove12++ == 0)
        {
            SecondAbove12Example = (line, date.Second);
        }

        if (_hasPrevious)
        {
            FirstChanges += date.First != _previous.First ? 1 : 0;
            SecondChanges += date.Second != _previous.Second ? 1 : 0;
            if (date.Year == _previous.Year)
            {
                FirstDecreases += date.First < _previous.First ? 1 : 0;
                SecondDecreases += date.Second < _previous.Second ? 1 : 0;
            }
        }

        _previous = date;
        _hasPrevious = true;
    }
}
