using TranscriptLens.Core.Analysis;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Tests.Analysis;

public sealed class TimelineTests
{
    private const double Day = 24 * 60;

    [Fact]
    public void Sessions_belong_to_the_month_they_start_in_and_empty_months_are_kept()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "happy new year")
            .Text(30 * Day + (23 * 60), "Sam", "still up?") // Jan 31 23:00
            .Text(30 * Day + (23 * 60) + 90, "Alex", "yes") // Feb 1 00:30, same session
            .Text(61 * Day, "Alex", "march already") // Mar 2
            .Analyze();

        Assert.Equal(["2024-01", "2024-02", "2024-03"], report.Timeline.Select(p => p.Label));
        var january = report.Timeline[0];
        Assert.Equal(3, january.Totals.Messages); // the session that runs past midnight stays in January
        Assert.Equal(2, january.Totals.Sessions);
        Assert.Equal(0.5, january.Person("Sam").InitiationShare);
        Assert.Equal(new DateOnly(2024, 1, 1), january.Start);
        Assert.Equal(new DateOnly(2024, 2, 1), january.End);

        var february = report.Timeline[1];
        Assert.Equal(0, february.Totals.Sessions);
        Assert.Null(february.Person("Alex").InitiationShare);
        Assert.Equal(DataSufficiency.InsufficientData, february.Pairs.Single().Status);
        Assert.Equal(1, report.Timeline[2].Person("Alex").SessionsInitiated);
    }

    [Fact]
    public void Week_and_quarter_periods_have_iso_labels()
    {
        var chat = new ChatBuilder()
            .Text(0, "Alex", "monday")
            .Text(13 * Day, "Sam", "sunday two weeks later")
            .Text(100 * Day, "Alex", "april");

        var weeks = chat.Analyze(ChatBuilder.Tiny with { Period = CalendarPeriod.Week });
        var quarters = chat.Analyze(ChatBuilder.Tiny with { Period = CalendarPeriod.Quarter });

        Assert.Equal("2024-W01", weeks.Timeline[0].Label);
        Assert.Equal("2024-W02", weeks.Timeline[1].Label);
        Assert.Equal(1, weeks.Timeline[1].Totals.Sessions); // Sunday 14 January belongs to week 2
        Assert.Equal(15, weeks.Timeline.Count); // W01 to W15 (Wednesday 10 April is in W15, which starts Monday 8 April)
        Assert.Equal(["2024-Q1", "2024-Q2"], quarters.Timeline.Select(p => p.Label));
    }

    [Fact]
    public void Period_with_too_little_data_is_insufficient_while_the_whole_chat_is_not()
    {
        var messages = new SyntheticChat().Generate(sessions: 45, seed: 2); // 2 Jan to 15 Feb 2023

        var report = new ChatAnalyzer(AnalysisSettings.Default).Analyze(messages, "synthetic").Single();

        Assert.Equal(DataSufficiency.Sufficient, report.Pairs[0].Status);
        Assert.Equal(["2023-01", "2023-02"], report.Timeline.Select(p => p.Label));
        Assert.Equal(DataSufficiency.Sufficient, report.Timeline[0].Pairs[0].Status); // 30 sessions
        Assert.Equal(DataSufficiency.InsufficientData, report.Timeline[1].Pairs[0].Status); // 15 sessions
        Assert.Null(report.Timeline[1].Pairs[0].Asymmetry);
        Assert.Equal(report.Totals.Sessions, report.Timeline.Sum(p => p.Totals.Sessions));
    }

    [Theory]
    [InlineData("2021-01-03", CalendarPeriod.Week, "2020-12-28", "2020-W53")]
    [InlineData("2024-12-30", CalendarPeriod.Week, "2024-12-30", "2025-W01")]
    [InlineData("2024-02-29", CalendarPeriod.Month, "2024-02-01", "2024-02")]
    [InlineData("2024-11-15", CalendarPeriod.Quarter, "2024-10-01", "2024-Q4")]
    public void Period_starts_and_labels(string date, CalendarPeriod period, string start, string label)
    {
        var first = PeriodCalendar.Start(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), period);

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), first);
        Assert.Equal(label, PeriodCalendar.Label(first, period));
    }
}
