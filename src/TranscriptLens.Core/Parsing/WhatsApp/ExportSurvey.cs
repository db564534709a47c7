using TranscriptLens.Core.Diagnostics;

namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// The first of two passes over an export: reads only header prefixes (and authors, for the
/// system-author heuristic) to decide, once for the whole file, how its dates are ordered, before
/// the second pass turns any line into a message. Keeps counters, never the lines.
/// </summary>
internal static class ExportSurvey
{
    /// <summary>Lines read without finding any header before giving up on the input.</summary>
    public const int MaxLinesBeforeHeader = 1000;

    /// <summary>Surveys <paramref name="text"/>; an input without headers is an <see cref="InputFormatException"/>.</summary>
    public static ExportProfile Run(TextReader text, string source, DateOrder fallback)
    {
        var evidence = new DateOrderEvidence[Enum.GetValues<HeaderLayout>().Length];
        for (var i = 0; i < evidence.Length; i++)
        {
            evidence[i] = new DateOrderEvidence();
        }

        var authors = new SystemAuthorTracker();
        var lines = new ChatLineReader(text);
        var headers = 0;
        var binary = false;
        while (lines.ReadLine(out var line))
        {
            if (!HeaderMatcher.TryMatch(line, out var header))
            {
                if (headers == 0)
                {
                    binary |= line.Contains('\0');
                    if (lines.LineNumber >= MaxLinesBeforeHeader)
                    {
                        throw NoHeader(source, lines.LineNumber, binary);
                    }
                }

                continue;
            }

            headers++;
            evidence[(int)header.Layout].Add(header, lines.LineNumber);
            if (header.Layout == HeaderLayout.Ios)
            {
                authors.Observe(line[header.BodyStart..]);
            }
        }

        if (headers == 0)
        {
            throw NoHeader(source, lines.LineNumber, binary);
        }

        var layout = (HeaderLayout)Array.FindIndex(evidence, e => e.Headers == evidence.Max(x => x.Headers));
        var dominant = evidence[(int)layout];
        return new ExportProfile(
            DateOrderDecider.Decide(dominant, fallback),
            layout,
            headers,
            TwelveHour: dominant.TwelveHour * 2 > dominant.Headers,
            WithSeconds: dominant.WithSeconds * 2 > dominant.Headers,
            authors.SystemAuthors());
    }

    private static InputFormatException NoHeader(string source, int lines, bool binary)
    {
        var what = binary ? "this looks like binary data, not a WhatsApp chat: " : string.Empty;
        return new InputFormatException(source,
            $"{what}no WhatsApp message header found in the first {lines} line(s); expected lines like '14/03/2024, 21:05 - Name: text' or '[14/03/2024, 21:05:17] Name: text'");
    }
}
