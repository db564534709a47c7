using TranscriptLens.Core.Diagnostics;

namespace TranscriptLens.Tests.Analysis;

public sealed class GroupChatTests
{
    private static ChatBuilder Group() => new ChatBuilder()
        .Text(0, "Alex", "dinner friday?")
        .Text(10, "Sam", "yes")
        .Text(11, "Kim", "can't, sorry")
        .Text(12, "Alex", "saturday then?")
        .Text(13, "Kim", "works")
        .Text(23, "Sam", "ok");

    [Fact]
    public void Every_pair_of_active_members_is_compared_in_participant_order()
    {
        var report = Group().Analyze();

        Assert.Equal([("Alex", "Sam"), ("Alex", "Kim"), ("Sam", "Kim")], report.Pairs.Select(p => (p.A, p.B)));
    }

    [Fact]
    public void Me_focuses_on_that_persons_pairs_with_them_first()
    {
        var report = Group().Analyze(ChatBuilder.Tiny with { Me = "kim" });

        Assert.Equal([("Kim", "Alex"), ("Kim", "Sam")], report.Pairs.Select(p => (p.A, p.B)));
    }

    [Fact]
    public void Unknown_me_is_a_usage_error_naming_the_participants()
    {
        var error = Assert.Throws<UsageException>(() => Group().Analyze(ChatBuilder.Tiny with { Me = "Robin" }));

        Assert.Contains("'Alex', 'Sam', 'Kim'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_below_the_message_threshold_are_not_paired()
    {
        var report = Group()
            .Text(24, "Alex", "great")
            .Text(25, "Jo", "👋") // one message only
            .Analyze(ChatBuilder.Tiny with { MinimumMessagesPerPerson = 2 });

        Assert.DoesNotContain(report.Pairs, p => p.A == "Jo" || p.B == "Jo");
        Assert.Equal(4, report.Participants.Count);
    }

    [Fact]
    public void Pair_reply_speed_uses_only_the_replies_between_the_two()
    {
        var report = Group().Analyze();

        // Alex→Sam replies: none (Alex replied to Kim at 12, 1 min). Sam→Alex: at 10 after Alex at 0.
        // So the Alex–Sam reply component is unavailable; Alex–Kim has Alex 60 s vs Kim (13 after 12) 60 s: 0.
        Assert.Null(report.Pair("Alex", "Sam").Components.ReplyLatency);
        Assert.Equal(0, report.Pair("Alex", "Kim").Components.ReplyLatency!.Value, 12);
    }
}
