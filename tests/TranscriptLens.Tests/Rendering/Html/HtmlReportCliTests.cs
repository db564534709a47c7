using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Tagging;
using TranscriptLens.Tests.Analysis;
using TranscriptLens.Tests.Infrastructure;
using TranscriptLens.Tests.Rendering.Html.Browser;
using TranscriptLens.Tests.Reports;

namespace TranscriptLens.Tests.Rendering.Html;

/// <summary><c>transcriptlens analyze --html</c> end to end: chat file → parse → tag → analyse → HTML → browser.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class HtmlReportCliTests
{
    private static void WithTestDoubles(IServiceCollection services)
    {
        // The real parsers and the ML tagger live on other branches; the test format and rule tagger stand in.
        var parser = new LineChatParser();
        services.AddSingleton<IChatParser>(parser);
        services.AddSingleton<IFormatSniffer>(parser);
        services.AddSingleton<ITaggerProvider, RuleTaggerProvider>();
    }

    [Fact]
    public async Task Analyze_with_html_writes_the_report_page()
    {
        var (input, html) = WriteChat();

        var run = await CliRun.RunAsync(WithTestDoubles, "analyze", input, "--html", html);

        Assert.Equal(0, run.ExitCode);
        var page = File.ReadAllText(html);
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("<bdi>Ana &amp; Noa</bdi>", page, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"composite\"", page, StringComparison.Ordinal);
        Assert.Contains("labels by the rules tagger", page, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task The_page_written_by_the_cli_renders_cleanly_in_chromium()
    {
        var (input, html) = WriteChat();
        var run = await CliRun.RunAsync(WithTestDoubles, "analyze", input, "--html", html);
        Assert.Equal(0, run.ExitCode);

        var result = await ReportInBrowser.OpenAsync(html);

        Assert.True(result.Findings.Clean, result.Findings.ToString());
        Assert.Equal(8, result.Charts.Count);
        Assert.All(result.Charts, c => Assert.True(c.DeclaredMarks == c.VisibleMarks, $"{c.Kind}: {c.VisibleMarks} of {c.DeclaredMarks} marks visible"));
    }

    // The synthetic couple as a "#lines" chat file; the rule tagger re-tags it from the text.
    private static (string Input, string Html) WriteChat()
    {
        var dir = RepoPaths.TempDirectory();
        var lines = SyntheticCouple.Generate("Ana", "Noa").Select(m =>
            $"{m.Message.Timestamp.Clock.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)}|{m.Message.Sender}|{m.Message.Text}");
        var input = Path.Combine(dir, "chat.txt");
        File.WriteAllLines(input, [LineChatParser.Header, .. lines]);
        return (input, Path.Combine(dir, "report.html"));
    }
}
