namespace TranscriptLens.Core.Analysis;

/// <summary>
/// Counts the words of a message text in one pass: whitespace-separated tokens for the <c>words</c>
/// measure, and letter/digit/apostrophe tokens looked up in <see cref="FunctionWordLexicon"/> for
/// language style matching (apostrophes around a token, as in 'cause or dogs', are not part of it).
/// </summary>
/// <remarks>
/// Written as one loop over locals because it runs on every character of the chat: the LSM count
/// of a million messages has to stay a small part of the analysis time.
/// </remarks>
internal static class TextWords
{
    private const byte Space = 1;
    private const byte Letter = 2;
    private const byte Apostrophe = 3;
    private const byte Other = 4;

    // Longer than any listed function word; a longer token is a word but never looked up.
    private const int BufferLength = 16;

    // ASCII character classes; everything else goes through the char methods.
    private static readonly byte[] AsciiClass = BuildClasses();

    /// <summary>Adds the words of <paramref name="text"/> to <paramref name="stats"/>.</summary>
    public static void Count(string text, ref ParticipantSessionStats stats)
    {
        Span<char> buffer = stackalloc char[BufferLength];
        var words = 0;
        var tokens = 0;
        var inWord = false;

        // The token being read: its length, whether it can be a (ASCII) function word, its running
        // hash, and length and hash up to its last letter (so trailing apostrophes drop out).
        var length = 0;
        var listable = true;
        var hash = FunctionWordTable.EmptyHash;
        var wordLength = 0;
        var wordHash = 0u;

        foreach (var c in text)
        {
            var cls = c < 128 ? AsciiClass[c] : Classify(c);
            if (cls == Letter)
            {
                if (!inWord)
                {
                    inWord = true;
                    words++;
                }

                if (c < 128 && length < buffer.Length)
                {
                    var lower = (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c);
                    buffer[length] = lower;
                    hash = FunctionWordTable.Step(hash, lower);
                }
                else
                {
                    listable = false;
                }

                length++;
                wordLength = length;
                wordHash = hash;
                continue;
            }

            if (cls == Space)
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                words++;
            }

            if (cls == Apostrophe && length > 0)
            {
                if (length < buffer.Length)
                {
                    buffer[length] = '\'';
                    hash = FunctionWordTable.Step(hash, '\'');
                }

                length++;
                continue;
            }

            if (length > 0)
            {
                tokens++;
                if (listable && wordLength <= buffer.Length)
                {
                    AddCategories(FunctionWordLexicon.Lookup(buffer[..wordLength], wordHash), ref stats);
                }

                length = 0;
                listable = true;
                hash = FunctionWordTable.EmptyHash;
            }
        }

        if (length > 0)
        {
            tokens++;
            if (listable && wordLength <= buffer.Length)
            {
                AddCategories(FunctionWordLexicon.Lookup(buffer[..wordLength], wordHash), ref stats);
            }
        }

        stats.Words += words;
        stats.LsmWords += tokens;
    }

    private static void AddCategories(ushort mask, ref ParticipantSessionStats stats)
    {
        if (mask == 0)
        {
            return;
        }

        for (var category = 0; mask != 0; category++, mask >>= 1)
        {
            stats.Lsm[category] += mask & 1;
        }
    }

    private static byte Classify(char c) =>
        char.IsWhiteSpace(c) ? Space
        : c is '\'' or '\u2019' ? Apostrophe
        : char.IsLetterOrDigit(c) ? Letter
        : Other;

    private static byte[] BuildClasses()
    {
        var classes = new byte[128];
        for (var c = 0; c < 128; c++)
        {
            classes[c] = Classify((char)c);
        }

        return classes;
    }
}
