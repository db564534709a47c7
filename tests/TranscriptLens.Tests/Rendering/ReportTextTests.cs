using TranscriptLens.Core.Model;
using TranscriptLens.Core.Rendering;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Tests.Rendering;

public sealed class ReportTextTests
{
    [Theory]
    [InlineData(0, "0 s")]
    [InlineData(42, "42 s")]
    [InlineData(90, "1.5 min")]
    [InlineData(38 * 60, "38 min")]
    [InlineData(3600, "1 h")]
    [InlineData(5400, "1.5 h")]
    [InlineData(2 * 86400, "2 d")]
    [InlineData(120, "2 min")]
    [InlineData(-1.0, "n/a")]
    public void Prints_durations_in_the_largest_readable_unit(double seconds, string expected)
    {
        Assert.Equal(expected, ReportText.Duration(seconds));
    }

    [Theory]
    [InlineData(0.6349, "63%")]
    [InlineData(0.005, "1%")]
    [InlineData(-0.001, "0%")]
    [InlineData(1, "100%")]
    public void Prints_shares_as_whole_percentages(double share, string expected)
    {
        Assert.Equal(expected, ReportText.Percent(share));
    }

    [Theory]
    [InlineData(0.344, "+0.34")]
    [InlineData(-0.125, "\u22120.13")]
    [InlineData(-0.001, "0.00")]
    public void Prints_scores_with_an_explicit_sign_and_a_real_minus(double value, string expected)
    {
        Assert.Equal(expected, ReportText.Signed(value));
    }

    [Fact]
    public void Prints_counts_with_thousands_separators()
    {
        Assert.Equal("1,204", ReportText.Number(1204));
    }

    [Fact]
    public void Prints_a_missing_value_as_n_a_in_every_format()
    {
        Assert.Equal("n/a", ReportText.Percent(null));
        Assert.Equal("n/a", ReportText.Signed(null));
        Assert.Equal("n/a", ReportText.Plain(null));
        Assert.Equal("n/a", ReportText.Duration((double?)null));
        Assert.Equal(string.Empty, ReportText.Interval(0.1, null));
    }

    [Fact]
    public void Prints_gap_settings_dates_and_plurals_in_words()
    {
        Assert.Equal("4 h", ReportText.Duration(TimeSpan.FromHours(4)));
        Assert.Equal("2 Mar 2024", ReportText.Date(ChatTime.Naive(new DateTime(2024, 3, 2, 9, 0, 0))));
        Assert.Equal("1 conversation", ReportText.Plural(1, "conversation"));
        Assert.Equal("1,204 replies", ReportText.Plural(1204, "reply", "replies"));
        Assert.Equal("+0.03 to \u22120.20", ReportText.Interval(0.0349, -0.2));
    }

    [Fact]
    public void Says_how_many_lines_could_not_be_read_and_nothing_for_a_clean_read()
    {
        Assert.Equal(string.Empty, ReportText.ReadProblems(ReportDiagnostics.None));
        Assert.Equal(
            "1 line of the export could not be read in full; what it held may be missing from these figures (1 warning, 0 errors)",
            ReportText.ReadProblems(new ReportDiagnostics(1, 0, [new DiagnosticCount("unreadable_line", 1)])));
    }
}
