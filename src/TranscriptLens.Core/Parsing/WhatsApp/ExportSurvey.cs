using TranscriptLens.Core.Diagnostics;

namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// The first of two passes over an export: reads only header prefixes (and, on iOS lines, authors
/// for the system-author heuristic) to decide, once for the whole file, how its dates are ordered,
/// before the second pass turns any line into a message. Keeps counters, never the lines. (Scanning
/// raw UTF-8 and decoding only each line's first bytes was tried: per-line transcoding cost more
/// than decoding whole blocks.)
/// </summary>
internal sealed class ExportSurvey
{
    /// <summary>Lines read without finding any header before giving up on the input.</summary>
    public const int MaxLinesBeforeHeader = 1000;

    private readonly string _source;
    private readonly DateOrderEvidence[] _evidence = [.. Enum.GetValues<HeaderLayout>().Select(_ => new DateOrderEvidence())];
    private readonly SystemAuthorTracker _authors = new();
    private int _headers;
    private bool _binary;

    private ExportSurvey(string source) => _source = source;

    /// <summary>Surveys <paramref name="source"/>; an input without headers is an <see cref="InputFormatException"/>.</summary>
    public static ExportProfile Run(WhatsAppSource source, DateOrder fallback)
    {
        var survey = new ExportSurvey(source.Name);
        var lines = survey.Scan(source);
        if (survey._headers == 0)
        {
            throw survey.NoHeader(lines);
        }

        var layout = (HeaderLayout)Array.FindIndex(survey._evidence, e => e.Headers == survey._evidence.Max(x => x.Headers));
        var dominant = survey._evidence[(int)layout];
        return new ExportProfile(
            DateOrderDecider.Decide(dominant, fallback),
            layout,
            survey._headers,
            TwelveHour: dominant.TwelveHour * 2 > dominant.Headers,
            WithSeconds: dominant.WithSeconds * 2 > dominant.Headers,
            survey._authors.SystemAuthors(),
            survey.SecondLayout(layout));
    }

    /// <summary>
    /// The other of Android/iOS when it heads at least 5% as many lines as the main layout: two
    /// exports pasted together, not a few copied messages inside one.
    /// </summary>
    private HeaderLayout? SecondLayout(HeaderLayout main)
    {
        if (main is not (HeaderLayout.Android or HeaderLayout.Ios))
        {
            return null;
        }

        var other = main == HeaderLayout.Android ? HeaderLayout.Ios : HeaderLayout.Android;
        return _evidence[(int)other].Headers * 20 >= _evidence[(int)main].Headers ? other : null;
    }

    private int Scan(WhatsAppSource source)
    {
        using var text = source.OpenText();
        var lines = new LineSplitter(text);
        while (lines.ReadLine(out var line))
        {
            Observe(line, lines.LineNumber);
        }

        return lines.LineNumber;
    }

    private void Observe(ReadOnlySpan<char> line, int lineNumber)
    {
        if (!HeaderMatcher.TryMatch(line, out var header))
        {
            if (_headers == 0)
            {
                _binary |= line.Contains('\0');
                if (lineNumber >= MaxLinesBeforeHeader)
                {
                    throw NoHeader(lineNumber);
                }
            }

            return;
        }

        _headers++;
        _evidence[(int)header.Layout].Add(header, lineNumber);
        if (header.Layout == HeaderLayout.Ios)
        {
            _authors.Observe(line[header.BodyStart..]);
        }
    }

    private InputFormatException NoHeader(int lines)
    {
        var what = _binary ? "this looks like binary data, not a WhatsApp chat: " : string.Empty;
        return new InputFormatException(_source,
            $"{what}no WhatsApp message header found in the first {lines} line(s); expected lines like '14/03/2024, 21:05 - Name: text' or '[14/03/2024, 21:05:17] Name: text'");
    }
}
