namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// Recognises WhatsApp exports: text whose first non-empty lines are message headers, or a zip holding
/// <c>_chat.txt</c> or a <c>WhatsApp Chat with ….txt</c>. Bracketed year-first headers with seconds
/// (<c>[2024-03-14 21:05:17] Ana: hi</c>) are also what signal-export writes, so they score lower and
/// a Signal sniffer can claim them.
/// </summary>
public sealed class WhatsAppSniffer : IFormatSniffer
{
    private const int LinesLooked = 20;

    /// <inheritdoc />
    public string Format => "whatsapp";

    /// <inheritdoc />
    public int Score(FormatProbe probe)
    {
        if (probe.IsZip)
        {
            return WhatsAppArchive.HoldsChat(probe.ZipEntries) ? 90 : 0;
        }

        var looked = 0;
        var matched = 0;
        var firstMatched = false;
        var ambiguous = 0;
        foreach (var range in probe.HeadText.AsSpan().Split('\n'))
        {
            var line = probe.HeadText.AsSpan()[range].TrimEnd('\r');
            if (line.Trim().IsEmpty)
            {
                continue;
            }

            var isHeader = HeaderMatcher.TryMatch(line, out var header) && header.Layout is HeaderLayout.Android or HeaderLayout.Ios;
            if (isHeader)
            {
                matched++;
                firstMatched |= looked == 0;
                ambiguous += header.Layout == HeaderLayout.Ios && header.DigitsA == 4 && header.HasSeconds ? 1 : 0;
            }

            if (++looked == LinesLooked)
            {
                break;
            }
        }

        var score = matched == 0 ? 0 : firstMatched ? 90 : matched >= 2 ? 70 : 40;
        return ambiguous == matched && matched > 0 ? Math.Min(score, 50) : score;
    }
}
