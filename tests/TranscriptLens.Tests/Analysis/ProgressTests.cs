using TranscriptLens.Core.Analysis;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Reports;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Tests.Analysis;

public sealed class ProgressTests
{
    [Fact]
    public void Progress_is_reported_every_hundred_thousand_messages()
    {
        var origin = ChatBuilder.Origin;
        var messages = Enumerable.Range(0, 250_000).Select(i => new TaggedMessage(
            new Message(i, ChatTime.Naive(origin.AddSeconds(i * 30)), i % 3 == 0 ? "Alex" : "Sam", "ok", MessageKind.Text),
            new MessageTags(false, Engagement.Minimal, 1f)));
        var seen = new List<long>();

        var reports = new ChatAnalyzer(AnalysisSettings.Default with { BootstrapResamples = 10 })
            .Analyze(messages, "big.txt", progress: new Collect(seen));

        Assert.Equal([100_000L, 200_000L], seen);
        Assert.Equal(250_000, reports.Single().Totals.Messages);
    }

    private sealed class Collect(List<long> seen) : IProgress<long>
    {
        public void Report(long value) => seen.Add(value);
    }
}
