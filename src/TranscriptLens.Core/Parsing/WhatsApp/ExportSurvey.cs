using TranscriptLens.Core.Diagnostics;

namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// The first of two passes over an export: reads only header prefixes (and, on iOS lines, authors
/// for the system-author heuristic) to decide, once for the whole file, how its dates are ordered,
/// before the second pass turns any line into a message. Keeps counters, never the lines. A large
/// plain file is surveyed as two halves on two threads, whose evidence joins to exactly that of one
/// pass. (Scanning raw UTF-8 and decoding only each line's first bytes was tried: per-line
/// transcoding cost more than decoding whole blocks.)
/// </summary>
internal static class ExportSurvey
{
    /// <summary>Lines read without finding any header before giving up on the input.</summary>
    public const int MaxLinesBeforeHeader = 1000;

    /// <summary>Files from this size on are surveyed in two halves in parallel.</summary>
    public const long ParallelFromBytes = 8 << 20;

    /// <summary>Surveys <paramref name="text"/>; an input without headers is an <see cref="InputFormatException"/>.</summary>
    public static ExportProfile Run(TextReader text, string source, DateOrder fallback)
    {
        var pass = new SurveyPass();
        if (!pass.Read(text, MaxLinesBeforeHeader, CancellationToken.None))
        {
            throw NoHeader(source, pass.Lines, pass.BinaryBeforeHeader);
        }

        return Decide(pass, source, fallback);
    }

    /// <summary>Surveys <paramref name="source"/>, in parallel halves when it is a plain file of at least <paramref name="parallelFromBytes"/>.</summary>
    public static ExportProfile Run(WhatsAppSource source, DateOrder fallback, long parallelFromBytes = ParallelFromBytes)
    {
        var length = source.SplittableLength();
        var middle = length >= parallelFromBytes ? source.LineStartAfter(length.Value / 2) : null;
        return RunSplitAt(source, middle, fallback);
    }

    /// <summary>Surveys <paramref name="source"/> in two parts split at the line start <paramref name="split"/> (in one pass when null).</summary>
    internal static ExportProfile RunSplitAt(WhatsAppSource source, long? split, DateOrder fallback)
    {
        if (split is not { } at || RunInHalves(source, at, source.SplittableLength()!.Value) is not { } pass)
        {
            using var text = source.OpenText();
            return Run(text, source.Name, fallback);
        }

        return Decide(pass, source.Name, fallback);
    }

    /// <summary>The joined pass, or null when the first half holds no header at all (then one pass decides).</summary>
    private static SurveyPass? RunInHalves(WhatsAppSource source, long split, long length)
    {
        var first = new SurveyPass();
        var second = new SurveyPass();
        using var stop = new CancellationTokenSource();
        var later = Task.Run(() =>
        {
            using var text = source.OpenText(split, length);
            second.Read(text, int.MaxValue, stop.Token);
        });

        var complete = false;
        try
        {
            using var text = source.OpenText(0, split);
            complete = first.Read(text, MaxLinesBeforeHeader, CancellationToken.None);
        }
        finally
        {
            // The second half is only worth finishing when the first half is a chat.
            if (!complete)
            {
                stop.Cancel();
            }

            try
            {
                later.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Stopped because the first half failed; that failure is what the caller hears.
            }
        }

        if (!complete)
        {
            throw NoHeader(source.Name, first.Lines, first.BinaryBeforeHeader);
        }

        if (first.Headers == 0)
        {
            return null;
        }

        first.Append(second);
        return first;
    }

    private static ExportProfile Decide(SurveyPass pass, string source, DateOrder fallback)
    {
        if (pass.Headers == 0)
        {
            throw NoHeader(source, pass.Lines, pass.BinaryBeforeHeader);
        }

        var evidence = pass.Evidence;
        var most = evidence.Max(e => e.Headers);
        var layout = (HeaderLayout)evidence.ToList().FindIndex(e => e.Headers == most);
        var dominant = evidence[(int)layout];
        return new ExportProfile(
            DateOrderDecider.Decide(dominant, fallback),
            layout,
            pass.Headers,
            TwelveHour: dominant.TwelveHour * 2 > dominant.Headers,
            WithSeconds: dominant.WithSeconds * 2 > dominant.Headers,
            pass.Authors.SystemAuthors(),
            SecondLayout(evidence, layout));
    }

    /// <summary>
    /// The other of Android/iOS when it heads at least 5% as many lines as the main layout: two
    /// exports pasted together, not a few copied messages inside one.
    /// </summary>
    private static HeaderLayout? SecondLayout(IReadOnlyList<DateOrderEvidence> evidence, HeaderLayout main)
    {
        if (main is not (HeaderLayout.Android or HeaderLayout.Ios))
        {
            return null;
        }

        var other = main == HeaderLayout.Android ? HeaderLayout.Ios : HeaderLayout.Android;
        return evidence[(int)other].Headers * 20 >= evidence[(int)main].Headers ? other : null;
    }

    private static InputFormatException NoHeader(string source, int lines, bool binary)
    {
        var what = binary ? "this looks like binary data, not a WhatsApp chat: " : string.Empty;
        return new InputFormatException(source,
            $"{what}no WhatsApp message header found in the first {lines} line(s); expected lines like '14/03/2024, 21:05 - Name: text' or '[14/03/2024, 21:05:17] Name: text'");
    }
}
