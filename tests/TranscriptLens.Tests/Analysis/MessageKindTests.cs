using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Tests.Analysis;

public sealed class MessageKindTests
{
    [Fact]
    public void Media_captions_count_as_words_and_media_without_caption_has_none()
    {
        var report = new ChatBuilder()
            .Media(0, "Alex", "look at this view", Engagement.Neutral)
            .Media(1, "Alex")
            .Text(2, "Sam", "wow  so   pretty")
            .Analyze();

        var alex = report.Person("Alex");
        Assert.Equal(4, alex.Words); // "look at this view"; the bare photo adds none
        Assert.Equal(2, alex.MediaMessages);
        Assert.Equal(2, alex.Messages);
        Assert.Equal((1, 1), (alex.Engagement.Neutral, alex.Engagement.Minimal));
        Assert.Equal(3, report.Person("Sam").Words); // runs of whitespace separate, they are not words
    }

    [Fact]
    public void Deleted_message_counts_as_message_and_turn_but_has_no_words_or_tags()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "we need to talk")
            .Deleted(5, "Sam")
            .Text(6, "Alex", "?")
            .Analyze();

        var sam = report.Person("Sam");
        Assert.Equal(1, sam.Messages);
        Assert.Equal(1, sam.DeletedMessages);
        Assert.Equal(1, sam.Turns);
        Assert.Equal(0, sam.Words);
        Assert.Equal(0, sam.Engagement.Total);
        Assert.Null(sam.MinimalRate); // no tagged messages: no engagement rates

        // The deleted message is still a reply (5 min after Alex), and Alex's "?" replies to it.
        Assert.Equal(300, sam.MedianReplySeconds);
        Assert.Equal(1, report.Person("Alex").Replies);
        Assert.Equal(3, report.Totals.Messages);
    }

    [Fact]
    public void System_messages_are_never_counted_and_do_not_split_turns()
    {
        var report = new ChatBuilder()
            .System(0, "Messages are end-to-end encrypted")
            .Text(1, "Alex", "hi")
            .System(2, "Alex changed their phone number")
            .Text(3, "Alex", "new number btw")
            .Text(4, "Sam", "saved")
            .Analyze();

        Assert.Equal(3, report.Totals.Messages);
        Assert.Equal(2, report.Totals.SystemMessages);
        Assert.Equal(1, report.Person("Alex").Turns);
        Assert.Equal(2, report.Totals.Turns);
        Assert.Equal(2, report.Participants.Count);
        Assert.Equal(ChatBuilder.At(1), report.Totals.First); // the first counted message, not the system line
    }

    [Fact]
    public void Engagement_rates_use_tagged_messages_as_denominator()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "I think we should move because rent is rising", Engagement.Explaining)
            .Text(1, "Alex", "ok", Engagement.Minimal)
            .Text(2, "Alex", "whatever", Engagement.Deflecting)
            .Text(3, "Alex", "at 7")
            .Deleted(4, "Alex")
            .Analyze();

        var alex = report.Person("Alex");

        // 4 tagged messages (the deleted one has no tag): 1 each.
        Assert.Equal(0.25, alex.ExplainingRate);
        Assert.Equal(0.25, alex.MinimalRate);
        Assert.Equal(0.25, alex.DeflectingRate);
        Assert.Equal(5, alex.Messages);
    }

    [Fact]
    public void Empty_input_gives_one_empty_report()
    {
        var report = new ChatBuilder().Analyze();

        Assert.Empty(report.Participants);
        Assert.Empty(report.Pairs);
        Assert.Empty(report.Timeline);
        Assert.Equal(0, report.Totals.Sessions);
    }
}
