namespace TranscriptLens.Classification.Features;

/// <summary>
/// Hashed n-grams of a (normalised) text: word unigrams, bigrams and the opening word in the first half of the
/// vector, character trigrams in the second, each half L2-normalised on its own so a long message
/// does not drown the character n-grams or the other way round. Words are runs of letters, digits
/// and apostrophes; every other visible character (punctuation, each emoji) is a token of its own,
/// so "ok." and "ok" share "ok". Character trigrams run over the lowercased text with a space at
/// each end (typos, slang, other languages, emoji). Hashing needs no stored vocabulary: the same
/// code featurises in training and tagging, and a text costs about a microsecond.
/// </summary>
internal static class TextVector
{
    /// <summary>Slots per half (2^15).</summary>
    public const int HalfSize = 1 << 15;

    /// <summary>Slots of the whole vector.</summary>
    public const int Size = 2 * HalfSize;

    private const uint WordSeed = 0x9747b28c;
    private const uint BigramSeed = 0x85ebca6b;
    private const uint CharSeed = 0xc2b2ae35;
    private const uint FirstSeed = 0x27d4eb2f;

    /// <summary>Writes the features of <paramref name="text"/> into <paramref name="buffer"/> (cleared first), sorted by slot.</summary>
    public static void Fill(string text, NgramBuffer buffer, bool words = true, bool chars = true) =>
        FillLower(text.ToLowerInvariant(), buffer, words, chars);

    /// <summary>As <see cref="Fill"/>, for a text already lowercased with the invariant culture.</summary>
    public static void FillLower(string lower, NgramBuffer buffer, bool words = true, bool chars = true)
    {
        buffer.Clear();
        if (lower.Length == 0)
        {
            return;
        }

        if (words)
        {
            AddWords(lower, buffer);
            buffer.Seal(0);
        }

        var charsStart = buffer.Count;
        if (chars)
        {
            AddChars(lower, buffer);
            buffer.Seal(charsStart);
        }
    }

    private static void AddWords(string text, NgramBuffer buffer)
    {
        var previous = 0u;
        var hasPrevious = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (IsWordChar(c))
            {
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }
            }
            else
            {
                // One symbol token: a surrogate pair (emoji) stays whole.
                i += char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
            }

            var hash = Hash(text.AsSpan(start, i - start), WordSeed);
            buffer.Add((int)(hash % HalfSize));
            if (!hasPrevious)
            {
                // The opening word apart: "also", "btw", "anyway" open a topic where they start a message.
                buffer.Add((int)(Mix(hash, FirstSeed, FirstSeed) % HalfSize));
            }

            if (hasPrevious)
            {
                buffer.Add((int)(Mix(previous, hash, BigramSeed) % HalfSize));
            }

            previous = hash;
            hasPrevious = true;
        }
    }

    private static void AddChars(string text, NgramBuffer buffer)
    {
        // Trigrams of " text " (UTF-16 units): a boundary marks word starts and ends.
        var length = text.Length + 2;
        for (var i = 0; i + 3 <= length; i++)
        {
            var hash = CharSeed;
            for (var j = i; j < i + 3; j++)
            {
                var c = j == 0 || j == length - 1 ? ' ' : text[j - 1];
                hash = (hash ^ c) * 16777619u;
            }

            buffer.Add(HalfSize + (int)(Finish(hash) % HalfSize));
        }
    }

    // ASCII first: most chat text is ASCII, and the Unicode category look-ups only matter beyond it.
    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '\''
        || (c > '\x7F' && (char.IsLetterOrDigit(c) || c == '’' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark));

    private static uint Hash(ReadOnlySpan<char> token, uint seed)
    {
        var hash = 2166136261u ^ seed;
        foreach (var c in token)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return Finish(hash);
    }

    private static uint Mix(uint a, uint b, uint seed) => Finish((a * 0x01000193u) ^ b ^ seed);

    // Murmur3's finaliser: spreads FNV's low-bit bias before the modulo.
    private static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85ebca6b;
        h ^= h >> 13;
        h *= 0xc2b2ae35;
        h ^= h >> 16;
        return h;
    }
}
