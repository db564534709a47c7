using TranscriptLens.Core.Rendering.Csv;
using TranscriptLens.Tests.Analysis;
using TranscriptLens.Tests.Reports;

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

    [Fact]
    public void Negative_scores_stay_numbers_while_names_that_look_like_formulas_are_escaped()
    {
        var report = TinyReport.Build();
        report = report with { Pairs = [TinyReport.Pair("=HYPERLINK(1)", "Noa", 40, 10, asymmetry: -0.3, low: -0.5, high: 0.05, Core.Reports.AsymmetryVerdict.Balanced)] };
        var output = new StringWriter();

        using (var summary = new BatchSummaryWriter(output))
        {
            summary.Add("-chat.txt", report);
        }

        // The file name and the person are input text: escaped with an apostrophe. The scores are
        // ours: -0.3 [-0.5, 0.05] are written as plain numbers.
        var row = output.ToString().Split('\n')[1];
        Assert.Contains(",'=HYPERLINK(1),Noa,", row, StringComparison.Ordinal);
        Assert.StartsWith("'-chat.txt,", row, StringComparison.Ordinal);
        Assert.Contains(",-0.3,-0.5,0.05,", row, StringComparison.Ordinal);
    }
}
