namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>A header's date with the year identified and the other two fields in written order.</summary>
/// <param name="Year">Four-digit year (two-digit years are 20yy, as every peer assumes).</param>
/// <param name="First">The earlier-written of day and month.</param>
/// <param name="Second">The later-written of day and month.</param>
/// <param name="YearFirst">The year was written first (<c>2024-03-14</c>): then the order is always year-month-day.</param>
internal readonly record struct DateFields(int Year, int First, int Second, bool YearFirst);
