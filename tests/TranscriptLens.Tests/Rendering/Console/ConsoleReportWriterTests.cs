using TranscriptLens.Core.Rendering.Console;
using TranscriptLens.Core.Reports;
using TranscriptLens.Tests.Analysis;

namespace TranscriptLens.Tests.Rendering.Console;

public sealed class ConsoleReportWriterTests
{
    [Fact]
    public void Console_report_tells_who_opens_follows_up_and_replies_and_what_it_cannot_mean()
    {
        var report = AsymmetryTests.SmallChat().Analyze();
        var output = new StringWriter();

        new ConsoleReportWriter().Write(report, output);
        var text = output.ToString();

        Assert.Contains("Who opens the conversations", text, StringComparison.Ordinal);
        Assert.Contains("Alex  2 of 2 sessions (100%)", text, StringComparison.Ordinal);
        Assert.Contains("Who follows up after silence", text, StringComparison.Ordinal);
        Assert.Contains("median 2 min", text, StringComparison.Ordinal); // Alex's one reply: 120 s
        Assert.Contains("Sam   answered 2 of 4 bids with engagement (50%)", text, StringComparison.Ordinal);
        Assert.Contains("86%", text, StringComparison.Ordinal);
        Assert.Contains("33%", text, StringComparison.Ordinal);
        Assert.Contains("Alex vs Sam: +0.30 (95% interval", text, StringComparison.Ordinal);
        Assert.Contains("not a diagnosis of anyone", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Console_report_shows_insufficient_data_instead_of_a_score()
    {
        var report = AsymmetryTests.SmallChat().Analyze(AnalysisSettings.Default);
        var output = new StringWriter();

        new ConsoleReportWriter().Write(report, output);

        Assert.Contains("Alex vs Sam: not enough data (2 session(s) with Alex or Sam; at least 20 needed)", output.ToString(), StringComparison.Ordinal);
    }
}
