namespace TranscriptLens.Tests.Analysis;

public sealed class FollowUpTests
{
    [Fact]
    public void Message_exactly_the_follow_up_gap_after_ones_own_is_a_follow_up()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "did you call the landlord?")
            .Text(60, "Alex", "hello?") // exactly 1 h later, no answer in between
            .Text(70, "Sam", "yes sorry")
            .Analyze();

        Assert.Equal(1, report.Person("Alex").FollowUps);
        Assert.Equal(0.5, report.Person("Alex").FollowUpRate); // 1 follow-up of 2 messages
        Assert.Equal(0, report.Person("Sam").FollowUps);
    }

    [Fact]
    public void Message_just_under_the_follow_up_gap_is_not_a_follow_up()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "did you call the landlord?")
            .Text(59.9, "Alex", "hello?")
            .Analyze();

        Assert.Equal(0, report.Person("Alex").FollowUps);
    }

    [Fact]
    public void Message_after_the_other_persons_message_is_not_a_follow_up()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "are we still on?")
            .Text(10, "Sam", "yes")
            .Text(200, "Alex", "leaving now")
            .Analyze();

        Assert.Equal(0, report.Person("Alex").FollowUps);
    }

    [Fact]
    public void Follow_up_may_open_a_new_session()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "how did it go?")
            .Text(600, "Alex", "you ok?") // 10 h later: a new session and a follow-up
            .Analyze();

        Assert.Equal(2, report.Totals.Sessions);
        Assert.Equal(1, report.Person("Alex").FollowUps);
        Assert.Equal(2, report.Person("Alex").SessionsInitiated);
    }

    [Fact]
    public void System_message_in_between_does_not_hide_a_follow_up()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "news?")
            .System(30, "Sam left")
            .Text(90, "Alex", "anyone?")
            .Analyze();

        // The previous counted message of "anyone?" is Alex's own, 90 min earlier.
        Assert.Equal(1, report.Person("Alex").FollowUps);
        Assert.Equal(1, report.Totals.SystemMessages);
    }

    [Fact]
    public void Follow_up_gap_setting_is_honoured()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "?")
            .Text(20, "Alex", "??")
            .Analyze(ChatBuilder.Tiny with { FollowUpGap = TimeSpan.FromMinutes(15) });

        Assert.Equal(1, report.Person("Alex").FollowUps);
    }
}
