namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// Splits a header's body into author and text at the first <c>:␣</c> (docs/formats.md#whatsapp-authors-and-system-lines: names may
/// contain <c>:</c> but not <c>:␣</c>; bodies may contain anything). <c>Carol:</c> at the end of the
/// line is an author with an empty (view-once) body. A body without the separator is a system line.
/// </summary>
internal static class AuthorSplitter
{
    /// <summary>Finds the author in <paramref name="body"/>: <c>body[..authorEnd]</c> is the raw name, text starts at <paramref name="textStart"/>.</summary>
    public static bool TrySplit(ReadOnlySpan<char> body, out int authorEnd, out int textStart)
    {
        authorEnd = textStart = 0;
        var from = 0;
        while (true)
        {
            var colon = body[from..].IndexOf(':');
            if (colon < 0)
            {
                return false;
            }

            colon += from;
            var atEnd = colon + 1 == body.Length;
            if (atEnd || DayPeriods.IsSpace(body[colon + 1]))
            {
                if (!IsName(body[..colon]))
                {
                    return false;
                }

                authorEnd = colon;
                textStart = atEnd ? body.Length : colon + 2;
                return true;
            }

            from = colon + 1;
        }
    }

    /// <summary>
    /// A system line with a quoted subject (<c>Ana changed the subject from "Plans: Friday"</c>,
    /// <c>… von „A: B“ …</c>) has a <c>:␣</c> inside an open quote; a name never leaves a quote open.
    /// </summary>
    private static bool IsName(ReadOnlySpan<char> name)
    {
        var trimmed = name.Trim();
        if (trimmed.IsEmpty || InvisibleChars.Skip(trimmed, 0) == trimmed.Length)
        {
            return false;
        }

        // Fast path: no quotation marks at all (two vectorised scans; „“” are U+201C–U+201E).
        if (!trimmed.ContainsAny('"', '«') && !trimmed.ContainsAnyInRange('\u201C', '\u201E'))
        {
            return true;
        }

        var straight = trimmed.Count('"');
        var opening = trimmed.Count('„') + trimmed.Count('«');
        var curlyOpen = trimmed.Count('“');
        var curlyClose = trimmed.Count('”');
        return straight % 2 == 0 && opening == 0 && curlyOpen == curlyClose;
    }
}
