using TranscriptLens.Core.Model;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Tests.Tagging;

public sealed class ContextTrackerTests
{
    private static readonly DateTime Start = new(2024, 3, 2, 21, 0, 0);

    private static Message At(int index, TimeSpan offset, string sender, string text, MessageKind kind = MessageKind.Text, string? thread = null) =>
        new(index, ChatTime.Naive(Start + offset), kind == MessageKind.System ? null : sender, text, kind) { Thread = thread };

    [Fact]
    public void A_gap_of_exactly_four_hours_stays_in_the_session_and_one_second_more_starts_one()
    {
        // docs/labels.md#session: a session is a maximal run whose consecutive gaps are AT MOST the session gap,
        // the same boundary the analysis uses.
        var tracker = new ContextTracker();
        var first = tracker.Next(At(0, TimeSpan.Zero, "Maya", "hey"));
        var exactly = tracker.Next(At(1, TimeSpan.FromHours(4), "Tom", "hi"));
        var justOver = tracker.Next(At(2, TimeSpan.FromHours(8) + TimeSpan.FromSeconds(1), "Maya", "morning"));

        Assert.True(first.IsFirst);
        Assert.True(first.SessionStart);
        Assert.False(exactly.SessionStart);
        Assert.Equal(4 * 3600, exactly.SecondsSincePrevious);
        Assert.True(justOver.SessionStart); // 8 h + 1 s - 4 h = 4 h 1 s
    }

    [Fact]
    public void Knows_whether_the_previous_message_asked_something_and_who_sent_it()
    {
        var tracker = new ContextTracker();
        tracker.Next(At(0, TimeSpan.Zero, "Maya", "are you ok?"));
        var answer = tracker.Next(At(1, TimeSpan.FromMinutes(1), "Tom", "idk"));
        var doubleText = tracker.Next(At(2, TimeSpan.FromMinutes(2), "Tom", "long day"));

        Assert.True(answer.PreviousAsked);
        Assert.Equal("are you ok?", answer.PreviousText);
        Assert.False(answer.PreviousSameSender);
        Assert.Equal(0, answer.TurnPosition);
        Assert.False(doubleText.PreviousAsked);
        Assert.True(doubleText.PreviousSameSender);
        Assert.Equal(1, doubleText.TurnPosition);
    }

    [Fact]
    public void A_message_after_ones_own_unanswered_message_an_hour_earlier_is_a_follow_up()
    {
        var tracker = new ContextTracker();
        tracker.Next(At(0, TimeSpan.Zero, "Maya", "did you see what I sent?"));
        var followUp = tracker.Next(At(1, TimeSpan.FromHours(1), "Maya", "hello?"));

        Assert.True(followUp.FollowUp);
        Assert.False(followUp.SessionStart);
    }

    [Fact]
    public void System_messages_are_invisible_to_the_context()
    {
        var tracker = new ContextTracker();
        tracker.Next(At(0, TimeSpan.Zero, "Maya", "dinner at 7?"));
        tracker.Next(At(1, TimeSpan.FromMinutes(1), "", "Tom changed the group name", MessageKind.System));
        var reply = tracker.Next(At(2, TimeSpan.FromMinutes(2), "Tom", "yes"));

        Assert.Equal("dinner at 7?", reply.PreviousText);
        Assert.Equal(120, reply.SecondsSincePrevious);
    }

    [Fact]
    public void Interleaved_conversations_keep_separate_contexts()
    {
        var tracker = new ContextTracker();
        tracker.Next(At(0, TimeSpan.Zero, "Maya", "where are you?", thread: "a"));
        var other = tracker.Next(At(0, TimeSpan.FromMinutes(1), "Sam", "hi", thread: "b"));
        var reply = tracker.Next(At(1, TimeSpan.FromMinutes(2), "Tom", "outside", thread: "a"));

        Assert.True(other.IsFirst);
        Assert.Equal("where are you?", reply.PreviousText);
        Assert.True(reply.PreviousAsked);
    }
}
