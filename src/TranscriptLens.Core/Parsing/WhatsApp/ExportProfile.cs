namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>What the first pass learned about one export: how to read its headers in the second.</summary>
/// <param name="Dates">The file's day/month order and its evidence.</param>
/// <param name="Layout">The layout most headers use.</param>
/// <param name="Headers">Header lines found.</param>
/// <param name="TwelveHour">Whether headers use a 12-hour clock.</param>
/// <param name="WithSeconds">Whether headers carry seconds.</param>
/// <param name="SystemAuthors">Authors who only write system lines (iOS group or contact name).</param>
/// <param name="SecondLayout">A second Android/iOS layout common enough to be real (concatenated exports), if any.</param>
internal sealed record ExportProfile(
    DateOrderDecision Dates, HeaderLayout Layout, int Headers, bool TwelveHour, bool WithSeconds, IReadOnlySet<string> SystemAuthors,
    HeaderLayout? SecondLayout = null)
{
    /// <summary>
    /// Whether a header of <paramref name="layout"/> starts a message: only the file's own layout
    /// does (and a second Android/iOS layout when it is common), so that text pasted into a message —
    /// WhatsApp's "copy" writes <c>[14/03/24, 21:05] Ana: …</c>, a log writes <c>2016-04-29 10:30:00 …</c> —
    /// stays part of that message.
    /// </summary>
    public bool Accepts(HeaderLayout layout) => layout == Layout || layout == SecondLayout;

    /// <summary>One line for the user: the variant and the date decision.</summary>
    public string Describe()
    {
        var platform = Layout switch
        {
            HeaderLayout.Android => "Android layout ('date, time - name: text')",
            HeaderLayout.Ios => "iOS layout ('[date, time] name: text')",
            HeaderLayout.TimeColon => "'date time: name: text' layout",
            _ => "'date time name: text' layout",
        };
        var clock = TwelveHour ? "12-hour clock" : "24-hour clock";
        var seconds = WithSeconds ? " with seconds" : string.Empty;
        return $"WhatsApp export, {platform}, {clock}{seconds}, {Headers} header line(s); {Dates.Evidence}";
    }
}
