namespace TranscriptLens.Classification.Features;

/// <summary>
/// Lexicon features of a text: VADER positive and negative valence (squashed sums), the share of
/// words that carry valence, and one indicator per Empath category present.
/// </summary>
internal static class LexiconVector
{
    /// <summary>Number of slots: 3 VADER + 9 Empath.</summary>
    public const int Size = 12;

    /// <summary>Writes the lexicon features of <paramref name="text"/> into <paramref name="target"/>.</summary>
    public static void Fill(string text, Span<float> target, Lexicon lexicon) =>
        FillLower(text.ToLowerInvariant(), target, lexicon);

    /// <summary>As <see cref="Fill"/>, for a text already lowercased with the invariant culture.</summary>
    public static void FillLower(string lower, Span<float> target, Lexicon lexicon)
    {
        target.Clear();
        float positive = 0, negative = 0;
        int words = 0, hits = 0, categories = 0;
        var rest = (lower.Contains('’', StringComparison.Ordinal) ? lower.Replace('’', '\'') : lower).AsSpan();
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOfAny(' ', '\n', '\t');
            var token = space < 0 ? rest : rest[..space];
            rest = space < 0 ? [] : rest[(space + 1)..];
            if (token.IsEmpty)
            {
                continue;
            }

            words++;
            var word = token.Trim(".,!?\"():;*~");
            if (lexicon.ValenceBySpan.TryGetValue(token, out var v) || lexicon.ValenceBySpan.TryGetValue(word, out v))
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

            if (lexicon.CategoryBySpan.TryGetValue(word, out var mask))
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
