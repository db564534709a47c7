namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// What the first pass gathers over one stretch of an export — the whole file, or one of two parts
/// surveyed in parallel: date-order evidence per header layout, the authors who only write system
/// lines, and counts. <see cref="Append"/> joins the pass over the following part.
/// </summary>
internal sealed class SurveyPass
{
    private readonly DateOrderEvidence[] _evidence = [.. Enum.GetValues<HeaderLayout>().Select(_ => new DateOrderEvidence())];

    /// <summary>Evidence per <see cref="HeaderLayout"/>.</summary>
    public IReadOnlyList<DateOrderEvidence> Evidence => _evidence;

    /// <summary>Authors seen on iOS-layout headers.</summary>
    public SystemAuthorTracker Authors { get; } = new();

    /// <summary>Header lines found.</summary>
    public int Headers { get; private set; }

    /// <summary>Lines read.</summary>
    public int Lines { get; private set; }

    /// <summary>A NUL character was seen before the first header.</summary>
    public bool BinaryBeforeHeader { get; private set; }

    /// <summary>
    /// Reads every line of <paramref name="text"/>. When <paramref name="maxLinesBeforeHeader"/> lines
    /// pass without a header, stops and returns false (the input is not a chat).
    /// </summary>
    public bool Read(TextReader text, int maxLinesBeforeHeader, CancellationToken cancel)
    {
        var lines = new LineSplitter(text);
        while (lines.ReadLine(out var line))
        {
            if ((lines.LineNumber & 0xFFFF) == 0)
            {
                cancel.ThrowIfCancellationRequested();
            }

            if (!HeaderMatcher.TryMatch(line, out var header))
            {
                if (Headers == 0)
                {
                    BinaryBeforeHeader |= line.Contains('\0');
                    if (lines.LineNumber >= maxLinesBeforeHeader)
                    {
                        Lines = lines.LineNumber;
                        return false;
                    }
                }

                continue;
            }

            Headers++;
            _evidence[(int)header.Layout].Add(header, lines.LineNumber);
            if (header.Layout == HeaderLayout.Ios)
            {
                Authors.Observe(line[header.BodyStart..]);
            }
        }

        Lines = lines.LineNumber;
        return true;
    }

    /// <summary>Adds the pass over the part of the file that directly follows this one.</summary>
    public void Append(SurveyPass later)
    {
        for (var i = 0; i < _evidence.Length; i++)
        {
            _evidence[i].Append(later._evidence[i], Lines);
        }

        Authors.Append(later.Authors);
        Headers += later.Headers;
        Lines += later.Lines;
    }
}
