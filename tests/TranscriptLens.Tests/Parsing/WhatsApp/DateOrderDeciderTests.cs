using TranscriptLens.Core.Parsing.WhatsApp;

namespace TranscriptLens.Tests.Parsing.WhatsApp;

public sealed class DateOrderDeciderTests
{
    private static DateOrderDecision Decide(params string[] dates)
    {
        var evidence = new DateOrderEvidence();
        var line = 0;
        foreach (var date in dates)
        {
            Assert.True(HeaderMatcher.TryMatch($"{date}, 12:00 - A: x", out var header));
            evidence.Add(header, ++line);
        }

        return DateOrderDecider.Decide(evidence);
    }

    [Fact]
    public void A_first_field_above_12_means_day_first()
    {
        var decision = Decide("1/2/24", "30/12/24");

        Assert.Equal(DateOrder.DayFirst, decision.Order);
        Assert.False(decision.Assumed);
        Assert.Contains("30 on line 2", decision.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_field_above_12_means_month_first()
    {
        Assert.Equal(DateOrder.MonthFirst, Decide("1/2/24", "12/30/24").Order);
    }

    [Fact]
    public void Decides_from_the_whole_file_not_from_the_first_line()
    {
        // whatsapp-chat-parser #237: "30/12/2020" then "13/1/2021"; the first line alone is not enough.
        var decision = Decide("1/12/20", "3/12/20", "13/1/21");

        Assert.Equal(DateOrder.DayFirst, decision.Order);
    }

    [Fact]
    public void The_field_that_decreases_within_a_year_is_the_day()
    {
        // 6/3 -> 8/5 -> 9/4: the second field goes back (5 -> 4), so it is the day.
        Assert.Equal(DateOrder.MonthFirst, Decide("6/3/17", "8/5/17", "9/4/17").Order);
        Assert.Equal(DateOrder.DayFirst, Decide("3/6/17", "5/8/17", "4/9/17").Order);
    }

    [Fact]
    public void The_field_that_changes_more_often_is_the_day()
    {
        // Day 1..5 of one month, then the month changes once.
        Assert.Equal(DateOrder.DayFirst, Decide("1/3/24", "2/3/24", "3/3/24", "4/4/24").Order);
    }

    [Fact]
    public void Falls_back_to_day_first_and_says_so_when_nothing_decides()
    {
        var decision = Decide("12/9/20", "12/9/20");

        Assert.Equal(DateOrder.DayFirst, decision.Order);
        Assert.True(decision.Assumed);
        Assert.Contains("assumed", decision.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Year_first_dates_are_year_month_day()
    {
        var decision = Decide("2024-03-14", "2024-03-15");

        Assert.True(HeaderMatcher.TryMatch("2024-03-14, 12:00 - A: x", out var header));
        Assert.True(decision.TryGetDate(header, out var year, out var month, out var day));
        Assert.Equal((2024, 3, 14), (year, month, day));
    }

    [Fact]
    public void A_two_digit_first_field_above_31_is_a_year()
    {
        var decision = Decide("45-03-14", "45-03-15");

        Assert.True(decision.TwoDigitYearFirst);
        Assert.True(HeaderMatcher.TryMatch("45-03-14, 12:00 - A: x", out var header));
        Assert.True(decision.TryGetDate(header, out var year, out var month, out var day));
        Assert.Equal((2045, 3, 14), (year, month, day));
    }

    [Fact]
    public void Rejects_an_impossible_date_under_the_decided_order()
    {
        var decision = Decide("31/1/24");

        Assert.True(HeaderMatcher.TryMatch("30/2/24, 12:00 - A: x", out var header));
        Assert.False(decision.TryGetDate(header, out _, out _, out _));
    }
}
