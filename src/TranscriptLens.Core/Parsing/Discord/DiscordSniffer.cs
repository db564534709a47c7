using System.Text.RegularExpressions;

namespace TranscriptLens.Core.Parsing.Discord;

/// <summary>
/// Recognises a DiscordChatExporter export: JSON whose root holds the <c>guild</c> and
/// <c>channel</c> objects and the <c>messages</c> array (written in that order, so all three are in
/// the probed head), or CSV whose first line is exactly the exporter's header. That header also
/// names a date, an author and a content column, so the generic CSV sniffer claims it too (90 for a
/// <c>.csv</c>): the exact header scores above it, and any other CSV stays generic.
/// </summary>
public sealed partial class DiscordSniffer : IFormatSniffer
{
    /// <summary>The header row <c>CsvMessageWriter</c> writes, unquoted.</summary>
    public const string CsvHeader = "AuthorID,Author,Date,Content,Attachments,Reactions";

    /// <inheritdoc />
    public string Format => "discord";

    /// <inheritdoc />
    public int Score(FormatProbe probe)
    {
        if (probe.IsZip)
        {
            return 0;
        }

        if (IsCsv(probe.HeadText))
        {
            return 98;
        }

        var head = probe.HeadText.AsSpan().TrimStart();
        if (head.IsEmpty || head[0] != '{')
        {
            return 0;
        }

        var text = probe.HeadText;
        return Guild().IsMatch(text) && Channel().IsMatch(text) && Messages().IsMatch(text) ? 95 : 0;
    }

    /// <summary>True when the first line of <paramref name="headText"/> is the exporter's CSV header.</summary>
    internal static bool IsCsv(string headText)
    {
        var end = headText.IndexOf('\n', StringComparison.Ordinal);
        var first = (end < 0 ? headText : headText[..end]).TrimEnd('\r');
        return first == CsvHeader;
    }

    [GeneratedRegex("\"guild\"\\s*:\\s*\\{")]
    private static partial Regex Guild();

    [GeneratedRegex("\"channel\"\\s*:\\s*\\{")]
    private static partial Regex Channel();

    [GeneratedRegex("\"messages\"\\s*:\\s*\\[")]
    private static partial Regex Messages();
}
