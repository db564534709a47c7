using TranscriptLens.Core.Analysis;

namespace TranscriptLens.Tests.Analysis;

public sealed class SessionTests
{
    [Fact]
    public void Gap_of_exactly_the_session_gap_stays_in_the_session()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "hi")
            .Text(240, "Sam", "hey") // exactly 4 h later
            .Analyze();

        Assert.Equal(1, report.Totals.Sessions);
        Assert.Equal(1, report.Person("Alex").SessionsInitiated);
        Assert.Equal(0, report.Person("Sam").SessionsInitiated);
    }

    [Fact]
    public void Gap_one_second_longer_than_the_session_gap_starts_a_new_session()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "hi")
            .Text(240 + (1 / 60.0), "Sam", "hey") // 4 h 0 min 1 s later
            .Analyze();

        Assert.Equal(2, report.Totals.Sessions);
        Assert.Equal(1, report.Person("Alex").SessionsInitiated);
        Assert.Equal(1, report.Person("Sam").SessionsInitiated);
    }

    [Fact]
    public void Session_gap_setting_is_honoured()
    {
        var chat = new ChatBuilder()
            .Text(0, "Alex", "hi")
            .Text(31, "Sam", "hey")
            .Text(50, "Alex", "how are you");

        var report = chat.Analyze(ChatBuilder.Tiny with { SessionGap = TimeSpan.FromMinutes(30) });

        // 0 | 31, 50: the 31-minute gap splits, the 19-minute one does not.
        Assert.Equal(2, report.Totals.Sessions);
        Assert.Equal(0.5, report.Person("Sam").InitiationShare);
    }

    [Fact]
    public void Initiation_share_is_sessions_opened_over_all_sessions()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "morning")
            .Text(1, "Sam", "morning!")
            .Text(600, "Alex", "lunch?")
            .Text(1200, "Sam", "home yet?")
            .Text(1800, "Alex", "night")
            .Analyze();

        // 4 sessions (gaps of 10 h): Alex opens 3, Sam 1.
        Assert.Equal(4, report.Totals.Sessions);
        Assert.Equal(0.75, report.Person("Alex").InitiationShare);
        Assert.Equal(0.25, report.Person("Sam").InitiationShare);
    }

    [Fact]
    public void Turns_end_at_a_session_boundary_even_for_the_same_sender()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "you there?")
            .Text(600, "Alex", "hello?")
            .Analyze();

        // Two sessions, so two turns, and the second is not a reply to anyone.
        Assert.Equal(2, report.Totals.Turns);
        Assert.Equal(2, report.Person("Alex").Turns);
        Assert.Equal(0, report.Person("Alex").Replies);
    }
}
