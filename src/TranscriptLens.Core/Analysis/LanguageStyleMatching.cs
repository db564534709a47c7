using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Analysis;

/// <summary>
/// Language style matching (Ireland &amp; Pennebaker 2010; Ireland et al. 2011): per category
/// 1 − |pA − pB| ÷ (pA + pB + 0.0001) with p the percentage of a person's words in the category,
/// averaged over the 9 categories of <see cref="FunctionWordLexicon"/>.
/// </summary>
internal static class LanguageStyleMatching
{
    /// <summary>The LSM of two people's summed word counts.</summary>
    public static LanguageStyleMatch Compute(in ParticipantSessionStats a, in ParticipantSessionStats b)
    {
        if (a.LsmWords == 0 || b.LsmWords == 0)
        {
            return new LanguageStyleMatch { WordsA = a.LsmWords, WordsB = b.LsmWords, Categories = [] };
        }

        var categories = new LsmCategoryScore[LsmCounts.Size];
        var total = 0.0;
        for (var i = 0; i < LsmCounts.Size; i++)
        {
            var pa = 100.0 * a.Lsm[i] / a.LsmWords;
            var pb = 100.0 * b.Lsm[i] / b.LsmWords;
            var score = 1 - (Math.Abs(pa - pb) / (pa + pb + 0.0001));
            total += score;
            categories[i] = new LsmCategoryScore
            {
                Category = LsmCategoryNames.Name((LsmCategory)i),
                PercentA = pa,
                PercentB = pb,
                Score = score,
            };
        }

        return new LanguageStyleMatch
        {
            Score = total / LsmCounts.Size,
            WordsA = a.LsmWords,
            WordsB = b.LsmWords,
            Categories = categories,
        };
    }
}
