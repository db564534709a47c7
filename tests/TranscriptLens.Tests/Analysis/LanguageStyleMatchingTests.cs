using TranscriptLens.Core.Analysis;

namespace TranscriptLens.Tests.Analysis;

public sealed class LanguageStyleMatchingTests
{
    [Fact]
    public void Lsm_matches_the_hand_computed_value()
    {
        var lsm = new ChatBuilder()
            .Text(0, "Alex", "I think the dog is not here")
            .Text(1, "Sam", "the cat and the dog")
            .Analyze()
            .Pair("Alex", "Sam").Lsm;

        // Alex: 7 words; I (personal pronoun), the (article), is (auxiliary), not (negation), here (adverb).
        // Sam: 5 words; the, the (articles), and (conjunction).
        Assert.Equal((7, 5), (lsm.WordsA, lsm.WordsB));
        var categories = lsm.Categories.ToDictionary(c => c.Category);
        Assert.Equal(100.0 / 7, categories["articles"].PercentA, 9);
        Assert.Equal(40.0, categories["articles"].PercentB, 9);
        Assert.Equal(20.0, categories["conjunctions"].PercentB, 9);

        // Categories both left unused score 1 (impersonal pronouns, prepositions, quantifiers); articles
        // 1 − |14.2857 − 40| / 54.2858 ≈ 0.5263; the five used by one person only ≈ 0.
        double Score(double a, double b) => 1 - (Math.Abs(a - b) / (a + b + 0.0001));
        var p = 100.0 / 7;
        var expected = (Score(p, 0) + 1 + Score(p, 40) + Score(0, 20) + 1 + Score(p, 0) + Score(p, 0) + Score(p, 0) + 1) / 9;
        Assert.Equal(expected, lsm.Score!.Value, 12);
        Assert.Equal(0.3918, lsm.Score!.Value, 4);
    }

    [Fact]
    public void Contractions_count_in_every_category_they_carry()
    {
        var lsm = new ChatBuilder()
            .Text(0, "Alex", "I don’t know") // curly apostrophe, as phones type it
            .Text(1, "Sam", "dont")
            .Analyze()
            .Pair("Alex", "Sam").Lsm;

        var categories = lsm.Categories.ToDictionary(c => c.Category);

        // Alex 3 words: "don't" is an auxiliary verb and a negation (1 of 3 each); Sam 1 word: "dont" likewise.
        Assert.Equal(100.0 / 3, categories["auxiliary_verbs"].PercentA, 9);
        Assert.Equal(100.0 / 3, categories["negations"].PercentA, 9);
        Assert.Equal(100.0, categories["negations"].PercentB, 9);
    }

    [Fact]
    public void Quotes_case_and_long_or_foreign_tokens_are_handled()
    {
        var stats = default(ParticipantSessionStats);

        TextWords.Count("'Cause THE dogs' übermorgen antidisestablishmentarianism, 'n'", ref stats);

        // Words: 6 whitespace tokens. LSM tokens: cause, the, dogs, übermorgen, antidis…, n = 6;
        // "cause" is a conjunction and "THE" an article once the quotes and case are dropped.
        Assert.Equal(6, stats.Words);
        Assert.Equal(6, stats.LsmWords);
        Assert.Equal(1, stats.Lsm[(int)LsmCategory.Conjunctions]);
        Assert.Equal(1, stats.Lsm[(int)LsmCategory.Articles]);
        Assert.Equal(2, Enumerable.Range(0, LsmCounts.Size).Sum(i => stats.Lsm[i]));
    }

    [Fact]
    public void Lsm_is_null_when_one_person_wrote_no_words()
    {
        var lsm = new ChatBuilder()
            .Text(0, "Alex", "look")
            .Media(1, "Sam")
            .Analyze()
            .Pair("Alex", "Sam").Lsm;

        Assert.Null(lsm.Score);
        Assert.Empty(lsm.Categories);
    }

    [Fact]
    public void Every_category_has_words_and_categories_are_reported_in_order()
    {
        foreach (var category in LsmCategoryNames.All)
        {
            Assert.NotEmpty(FunctionWordLexicon.Words(category));
        }

        Assert.Equal(9, LsmCategoryNames.All.Count);
        Assert.InRange(FunctionWordLexicon.MaxLength, 1, 16); // the tokenizer's buffer holds any listed word
        Assert.Equal("personal_pronouns", LsmCategoryNames.Name(LsmCategoryNames.All[0]));
    }
}
