using TranscriptLens.Core.Analysis;
using TranscriptLens.Core.Reports;
using TranscriptLens.Tests.Reports;

namespace TranscriptLens.Tests.Analysis;

public sealed class HeadlinePairRuleTests
{
    [Fact]
    public void Headline_is_the_busiest_pair_even_when_it_is_not_the_first()
    {
        PairReport[] pairs =
        [
            TinyReport.Pair("Ana", "Noa", 40, 10, 0, -0.1, 0.1, AsymmetryVerdict.Balanced), // 40 + 10 = 50 messages
            TinyReport.Pair("Ana", "Kim", 40, 50, 0, -0.1, 0.1, AsymmetryVerdict.Balanced), // 40 + 50 = 90 messages
        ];

        Assert.Equal(1, HeadlinePairRule.Choose(pairs));
    }

    [Fact]
    public void A_tie_goes_to_the_earlier_pair()
    {
        PairReport[] pairs =
        [
            TinyReport.Pair("Ben", "Cy", 10, 5, 0, -0.1, 0.1, AsymmetryVerdict.Balanced), // 15
            TinyReport.Pair("Ana", "Ben", 30, 20, 0, -0.1, 0.1, AsymmetryVerdict.Balanced), // 50
            TinyReport.Pair("Ana", "Cy", 25, 25, 0, -0.1, 0.1, AsymmetryVerdict.Balanced), // 50, later: loses the tie
        ];

        Assert.Equal(1, HeadlinePairRule.Choose(pairs));
    }

    [Fact]
    public void No_pair_no_headline()
    {
        Assert.Null(HeadlinePairRule.Choose([]));
    }

    [Fact]
    public void The_analysis_fills_the_headline_of_a_two_person_chat()
    {
        var report = AsymmetryTests.SmallChat().Analyze();

        // One pair (Alex and Sam): it is the headline.
        Assert.Equal(0, report.HeadlinePairIndex);
        Assert.Same(report.Pairs[0], report.HeadlinePair);
    }
}
