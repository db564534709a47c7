namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// What the headers of one file say about their day/month order, gathered in the first pass
/// without keeping the dates: which field ever exceeds 12, how often each decreases within a year
/// (the day wraps at every month end) and how often each changes (the day changes more often).
/// The evidence of two consecutive parts of a file can be joined (<see cref="Append"/>) into exactly
/// what one pass over the whole file gathers, so large files are surveyed in parallel.
/// </summary>
internal sealed class DateOrderEvidence
{
    private bool _hasPrevious;
    private DateFields _first;
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
            Compare(_previous, date);
        }
        else
        {
            _first = date;
        }

        _previous = date;
        _hasPrevious = true;
    }

    /// <summary>
    /// Adds the evidence of the part of the file that follows this one, whose line numbers start
    /// after <paramref name="lineOffset"/> lines: counts add up, examples stay the earliest, and the
    /// last header here is compared with the first one there, as a single pass would.
    /// </summary>
    public void Append(DateOrderEvidence later, int lineOffset)
    {
        Headers += later.Headers;
        YearFirst += later.YearFirst;
        TwoDigitYearFirst += later.TwoDigitYearFirst;
        TwelveHour += later.TwelveHour;
        WithSeconds += later.WithSeconds;
        if (FirstAbove12 == 0 && later.FirstAbove12 > 0)
        {
            FirstAbove12Example = (later.FirstAbove12Example.Line + lineOffset, later.FirstAbove12Example.Value);
        }

        if (SecondAbove12 == 0 && later.SecondAbove12 > 0)
        {
            SecondAbove12Example = (later.SecondAbove12Example.Line + lineOffset, later.SecondAbove12Example.Value);
        }

        FirstAbove12 += later.FirstAbove12;
        SecondAbove12 += later.SecondAbove12;
        FirstDecreases += later.FirstDecreases;
        SecondDecreases += later.SecondDecreases;
        FirstChanges += later.FirstChanges;
        SecondChanges += later.SecondChanges;
        if (!later._hasPrevious)
        {
            return;
        }

        if (_hasPrevious)
        {
            Compare(_previous, later._first);
        }
        else
        {
            _first = later._first;
        }

        _previous = later._previous;
        _hasPrevious = true;
    }

    private void Compare(DateFields previous, DateFields date)
    {
        FirstChanges += date.First != previous.First ? 1 : 0;
        SecondChanges += date.Second != previous.Second ? 1 : 0;
        if (date.Year == previous.Year)
        {
            FirstDecreases += date.First < previous.First ? 1 : 0;
            SecondDecreases += date.Second < previous.Second ? 1 : 0;
        }
    }
}
