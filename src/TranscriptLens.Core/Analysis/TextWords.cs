namespace TranscriptLens.Core.Analysis;

/// <summary>
/// Counts the words of a message text in one pass: whitespace-separated tokens for the <c>words</c>
/// measure, and letter/digit/apostrophe tokens looked up in <see cref="FunctionWordLexicon"/> for
/// language style matching.
/// </summary>
internal static class TextWords
{
    private const byte Space = 1;
    private const byte WordChar = 2;
    private const byte Apostrophe = 4;

    // ASCII character classes; everything else goes through the char methods.
    private static readonly byte[] AsciiClass = BuildClasses();

    /// <summary>Adds the words of <paramref name="text"/> to <paramref name="stats"/>.</summary>
    public static void Count(string text, ref ParticipantSessionStats stats)
    {
        var words = 0;
        var inWord = false;
        Span<char> buffer = stackalloc char[FunctionWordLexicon.MaxLength];
        var length = 0;
        var hasAlphanumeric = false;

        foreach (var raw in text)
        {
            var cls = raw < 128 ? AsciiClass[raw] : Classify(raw);
            if ((cls & Space) != 0)
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                words++;
            }

            if ((cls & (WordChar | Apostrophe)) != 0)
            {
                hasAlphanumeric |= (cls & WordChar) != 0;
                if (length < buffer.Length)
                {
                    buffer[length] = (cls & Apostrophe) != 0 ? '\'' : raw < 128 ? (char)(raw | (raw is >= 'A' and <= 'Z' ? 0x20 : 0)) : char.ToLowerInvariant(raw);
                }

                length++;
                continue;
            }

            if (length > 0)
            {
                EndToken(buffer, length, hasAlphanumeric, ref stats);
                length = 0;
                hasAlphanumeric = false;
            }
        }

        if (length > 0)
        {
            EndToken(buffer, length, hasAlphanumeric, ref stats);
        }

        stats.Words += words;
    }

    private static byte Classify(char c) =>
        char.IsWhiteSpace(c) ? Space
        : c == '\u2019' ? Apostrophe
        : char.IsLetterOrDigit(c) ? WordChar
        : (byte)0;

    private static void EndToken(Span<char> buffer, int length, bool hasAlphanumeric, ref ParticipantSessionStats stats)
    {
        if (!hasAlphanumeric)
        {
            return;
        }

        stats.LsmWords++;
        if (length > buffer.Length)
        {
            return;
        }

        // Quotes around a word ('cause, 'em, dogs') are not part of it.
        var token = buffer[..length].Trim('\'');
        var mask = FunctionWordLexicon.Lookup(token);
        for (var category = 0; mask != 0; category++, mask >>= 1)
        {
            if ((mask & 1) != 0)
            {
                stats.Lsm[category]++;
            }
        }
    }

    private static byte[] BuildClasses()
    {
        var classes = new byte[128];
        for (var c = 0; c < 128; c++)
        {
            classes[c] = Classify((char)c);
        }

        classes['\''] = Apostrophe;
        return classes;
    }
}
