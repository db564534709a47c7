using TranscriptLens.Core.Analysis;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Tests.Analysis;

public sealed class BidTests
{
    [Fact]
    public void Bid_answered_with_an_engaged_turn_is_turned_toward_and_a_minimal_one_away()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "how was your day?") // bid (question)
            .Text(5, "Sam", "long, my boss yelled at me because the release slipped", Engagement.Explaining) // toward; itself a bid
            .Text(10, "Alex", "ok", Engagement.Minimal) // Sam's bid: turned away
            .Text(11, "Alex", "lol", Engagement.Minimal)
            .Analyze();

        var alex = report.Person("Alex");
        var sam = report.Person("Sam");
        Assert.Equal(1, alex.BidsMade);
        Assert.Equal(1, sam.BidsMade);
        Assert.Equal((1, 1), (sam.BidsReceived, sam.BidsTurnedToward));
        Assert.Equal((1, 0, 1), (alex.BidsReceived, alex.BidsTurnedToward, alex.BidsTurnedAway));
        Assert.Equal(1.0, sam.TurningTowardRate);
        Assert.Equal(0.0, alex.TurningTowardRate);
    }

    [Fact]
    public void Unanswered_bid_in_a_two_person_chat_is_received_and_turned_away_by_the_other()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "are you there?")
            .Text(600, "Sam", "hey") // next session: not an answer
            .Analyze();

        var alex = report.Person("Alex");
        var sam = report.Person("Sam");
        Assert.Equal((1, 1), (alex.BidsMade, alex.BidsUnanswered));
        Assert.Equal((1, 0, 1), (sam.BidsReceived, sam.BidsTurnedToward, sam.BidsTurnedAway));
        Assert.Equal(0.0, sam.TurningTowardRate);
    }

    [Fact]
    public void Every_message_is_its_own_bid_answered_by_the_same_next_turn()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "I felt ignored at dinner", Engagement.Explaining)
            .Text(1, "Alex", "because you were on your phone the whole time", Engagement.Explaining)
            .Text(2, "Alex", "and it reminded me of last week", Engagement.Explaining)
            .Text(3, "Sam", "I'm sorry, let's talk tonight")
            .Analyze();

        // Three bids, all turned toward by Sam's one neutral turn.
        Assert.Equal(3, report.Person("Alex").BidsMade);
        Assert.Equal((3, 3), (report.Person("Sam").BidsReceived, report.Person("Sam").BidsTurnedToward));
    }

    [Fact]
    public void One_engaged_message_in_the_answering_turn_is_enough()
    {
        var toward = new ChatBuilder()
            .Text(0, "Alex", "what did the doctor say?")
            .Text(1, "Sam", "hm", Engagement.Minimal)
            .Text(2, "Sam", "all fine, just rest")
            .Analyze();
        var away = new ChatBuilder()
            .Text(0, "Alex", "what did the doctor say?")
            .Text(1, "Sam", "hm", Engagement.Minimal)
            .Text(2, "Sam", "idk, can we not", Engagement.Deflecting)
            .Analyze();

        Assert.Equal(1, toward.Person("Sam").BidsTurnedToward);
        Assert.Equal((1, 0), (away.Person("Sam").BidsReceived, away.Person("Sam").BidsTurnedToward));
    }

    [Theory]
    [InlineData("¿qué pasó")]
    [InlineData("本当？")]
    [InlineData("really?")]
    public void Any_question_mark_makes_a_bid_even_when_minimal(string text)
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", text, Engagement.Minimal)
            .Analyze();

        Assert.Equal(1, report.Person("Alex").BidsMade);
    }

    [Fact]
    public void Initiating_message_is_a_bid_and_a_plain_neutral_one_is_not()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "guess what happened", Engagement.Neutral, initiating: true)
            .Text(1, "Alex", "I'll be there at 7")
            .Analyze();

        Assert.Equal(1, report.Person("Alex").BidsMade);
        Assert.Equal(1, report.Person("Alex").Initiating);
    }

    [Fact]
    public void Deleted_message_is_no_bid_and_no_engaged_answer()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "are you angry?")
            .Deleted(1, "Sam")
            .Analyze();

        Assert.Equal(0, report.Person("Sam").BidsMade);
        Assert.Equal((1, 0), (report.Person("Sam").BidsReceived, report.Person("Sam").BidsTurnedToward));
        Assert.False(BidRule.IsBid(new Message(0, ChatBuilder.At(0), "Sam", "?", MessageKind.Deleted), null));
    }

    [Fact]
    public void In_a_group_the_author_of_the_next_turn_receives_the_bid_and_unanswered_bids_nobody()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "anyone up?")
            .Text(1, "Sam", "yes")
            .Text(2, "Kim", "me too")
            .Text(3, "Kim", "what's the plan?") // last turn of the session: unanswered
            .Analyze();

        Assert.Equal((1, 1), (report.Person("Sam").BidsReceived, report.Person("Sam").BidsTurnedToward));
        Assert.Equal(0, report.Person("Kim").BidsReceived);
        Assert.Equal((1, 1), (report.Person("Kim").BidsMade, report.Person("Kim").BidsUnanswered));

        // In a group an unanswered bid is received by nobody.
        Assert.Equal(0, report.Person("Alex").BidsReceived);
        Assert.Null(report.Person("Alex").TurningTowardRate);
    }
}
