namespace TranscriptLens.Classification.Features;

/// <summary>
/// Lexicon features of a text: VADER positive and negative valence (squashed sums), the share of
/// words that carry valence, and one indicator per Empath category present.
/// </summary>
public static class LexiconVector
{
    /// <summary>Number of slots: 3 VADER + 9 Empath.</summary>
    public const int Size = 12;

    /// <summary>Writes the lexicon features of <paramref name="text"/> into <paramref name="target"/>.</summary>
    public static void Fill(string text, Span<float> target, Lexicon lexicon)
    {
        target.Clear();
        float positive = 0, negative = 0;
        int words = 0, hits = 0, categories = 0;
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            words++;
            var token = raw.ToLowerInvariant();
            var word = token.Trim('.', ',', '!', '?', '"', '(', ')', ':', ';', '*', '~').Replace('’', '\'');
            if (lexicon.Valence.TryGetValue(token, out var v) || lexicon.Valence.TryGetValue(word, out v))
            {
                hits++;
                if (v > 0)
                {
                    positive += v;
                }
                else
                {
                    negative -= v;
                }
            }

            if (lexicon.CategoryMask.TryGetValue(word, out var mask))
            {
                categories |= mask;
            }
        }

        target[0] = MathF.Tanh(positive / 4);
        target[1] = MathF.Tanh(negative / 4);
        target[2] = words == 0 ? 0 : (float)hits / words;
        for (var i = 0; i < 9; i++)
        {
            target[3 + i] = (categories >> i & 1) == 1 ? 1 : 0;
        }
    }
}
