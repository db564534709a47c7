using TranscriptLens.Core.Analysis;
using TranscriptLens.Core.Reports;
using TranscriptLens.Tests.Reports;

namespace TranscriptLens.Tests.Analysis;

public sealed class VerdictRuleTests
{
    [Theory]
    [InlineData(0.05, 0.40, AsymmetryVerdict.LeansToA)] // the whole interval above 0
    [InlineData(-0.40, -0.05, AsymmetryVerdict.LeansToB)] // the whole interval below 0
    [InlineData(-0.05, 0.40, AsymmetryVerdict.Balanced)] // includes 0
    [InlineData(0.0, 0.30, AsymmetryVerdict.Balanced)] // a bound of exactly 0 still includes 0
    [InlineData(-0.30, 0.0, AsymmetryVerdict.Balanced)]
    public void Claims_a_side_only_when_the_whole_interval_lies_on_it(double low, double high, AsymmetryVerdict expected)
    {
        var pair = TinyReport.Pair("Ana", "Noa", 40, 40, (low + high) / 2, low, high, AsymmetryVerdict.Insufficient);

        Assert.Equal(expected, VerdictRule.Of(pair));
    }

    [Fact]
    public void Insufficient_data_is_insufficient_whatever_the_interval_says()
    {
        var pair = TinyReport.Pair("Ana", "Noa", 40, 40, 0.2, 0.1, 0.3, AsymmetryVerdict.Insufficient) with { Status = DataSufficiency.InsufficientData };

        Assert.Equal(AsymmetryVerdict.Insufficient, VerdictRule.Of(pair));
    }

    [Fact]
    public void A_missing_interval_is_insufficient()
    {
        var pair = TinyReport.Pair("Ana", "Noa", 40, 40, 0.2, 0.1, 0.3, AsymmetryVerdict.Insufficient) with { CiLow = null };

        Assert.Equal(AsymmetryVerdict.Insufficient, VerdictRule.Of(pair));
    }

    [Fact]
    public void The_analysis_fills_the_verdict_of_every_pair_and_period()
    {
        var report = AsymmetryTests.SmallChat().Analyze();

        // Small chat: interval −0.114 to +0.888 (golden file) includes 0.
        Assert.Equal(AsymmetryVerdict.Balanced, report.Pairs[0].Verdict);
        Assert.All(report.Timeline.SelectMany(t => t.Pairs), p => Assert.Equal(VerdictRule.Of(p), p.Verdict));
    }
}
