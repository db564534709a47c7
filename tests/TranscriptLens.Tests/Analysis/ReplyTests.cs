namespace TranscriptLens.Tests.Analysis;

public sealed class ReplyTests
{
    [Fact]
    public void Latency_runs_from_the_last_message_of_the_turn_before()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "so")
            .Text(2, "Alex", "guess what")
            .Text(7, "Sam", "what?")
            .Text(8, "Sam", "tell me")
            .Text(20, "Alex", "I got the job")
            .Analyze();

        // Sam: 7 − 2 = 5 min = 300 s. Alex: 20 − 8 = 12 min = 720 s. Alex's first turn is no reply.
        Assert.Equal(1, report.Person("Sam").Replies);
        Assert.Equal(300, report.Person("Sam").MedianReplySeconds);
        Assert.Equal(1, report.Person("Alex").Replies);
        Assert.Equal(720, report.Person("Alex").MedianReplySeconds);
    }

    [Fact]
    public void Answer_after_a_session_boundary_is_not_a_reply()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "how was it?")
            .Text(300, "Sam", "good!") // 5 h later: a new session Sam opens
            .Analyze();

        Assert.Equal(0, report.Person("Sam").Replies);
        Assert.Null(report.Person("Sam").MedianReplySeconds);
        Assert.Equal(1, report.Person("Sam").SessionsInitiated);
    }

    [Fact]
    public void Person_who_never_replies_has_no_median_and_an_empty_histogram()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "hello?")
            .Text(10, "Alex", "are you there")
            .Text(600, "Sam", "hi")
            .Text(601, "Alex", "hi!")
            .Analyze();

        var sam = report.Person("Sam");
        Assert.Equal(0, sam.Replies);
        Assert.Null(sam.MedianReplySeconds);
        Assert.Equal(0, sam.ReplyLatency.Count);
        Assert.All(sam.ReplyLatency.Bins, b => Assert.Equal(0, b.Count));
        Assert.Null(sam.ReplyLatency.Q1Seconds);

        // Without replies by Sam the reply-speed component cannot be computed.
        Assert.Null(report.Pair("Alex", "Sam").Components.ReplyLatency);
    }

    [Fact]
    public void Latency_histogram_and_quartiles()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "a")
            .Text(0.5, "Sam", "b") // 30 s
            .Text(1, "Alex", "c")
            .Text(3, "Sam", "d") // 120 s
            .Text(4, "Alex", "e")
            .Text(14, "Sam", "f") // 600 s
            .Text(15, "Alex", "g")
            .Text(135, "Sam", "h") // 7,200 s
            .Analyze();

        var latency = report.Person("Sam").ReplyLatency;

        // Sorted 30, 120, 600, 7200; type-7 quartiles: 30 + 0.75·90 = 97.5; (120 + 600) / 2 = 360; 600 + 0.25·6600 = 2250.
        Assert.Equal(4, latency.Count);
        Assert.Equal(97.5, latency.Q1Seconds!.Value, 9);
        Assert.Equal(360, latency.MedianSeconds!.Value, 9);
        Assert.Equal(2250, latency.Q3Seconds!.Value, 9);
        Assert.Equal([1, 1, 1, 0, 1, 0], latency.Bins.Select(b => b.Count));
        Assert.Equal(["<1 min", "1–5 min", "5–30 min", "30 min–1 h", "1–6 h", ">6 h"], latency.Bins.Select(b => b.Label));
    }

    [Fact]
    public void Bin_edges_are_lower_inclusive()
    {
        var report = new ChatBuilder()
            .Text(0, "Alex", "a")
            .Text(1, "Sam", "b") // exactly 60 s: 1–5 min
            .Analyze();

        Assert.Equal([0, 1, 0, 0, 0, 0], report.Person("Sam").ReplyLatency.Bins.Select(b => b.Count));
    }
}
