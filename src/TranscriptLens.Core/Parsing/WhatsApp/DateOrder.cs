namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>Which of the two non-year date fields is the day. Decided once per file.</summary>
internal enum DateOrder
{
    /// <summary><c>14/03/2024</c>: day, month, year (most locales; the default when undecidable).</summary>
    DayFirst,

    /// <summary><c>3/14/24</c>: month, day, year (en-US).</summary>
    MonthFirst,
}
