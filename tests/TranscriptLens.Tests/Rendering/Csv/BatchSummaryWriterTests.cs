using TranscriptLens.Core.Rendering.Csv;
using TranscriptLens.Tests.Analysis;

namespace TranscriptLens.Tests.Rendering.Csv;

public sealed class BatchSummaryWriterTests
{
    [Fact]
    public void Summary_csv_has_one_row_per_pair_and_one_per_failed_file()
    {
        var report = AsymmetryTests.SmallChat().Analyze();
        var output = new StringWriter();

        using (var summary = new BatchSummaryWriter(output))
        {
            summary.Add("chat.txt", report);
            summary.AddFailure("broken.txt", "broken.txt: not a chat");
        }

        var lines = output.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("file,conversation,messages,sessions,participants,a,b,pair_sessions,status,asymmetry", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("chat.txt,,6,2,2,Alex,Sam,2,ok,0.30", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("broken.txt,,,,,,,,error,", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("broken.txt: not a chat", lines[2], StringComparison.Ordinal);
    }
}
