using Microsoft.Extensions.DependencyInjection;
using TranscriptLens.Core.Output;
using TranscriptLens.Core.Tagging;
using TranscriptLens.Tests.Infrastructure;
using TranscriptLens.Tests.Rendering.Html.Browser;
using TranscriptLens.Tests.Reports;

namespace TranscriptLens.Tests.Rendering.Html;

/// <summary><c>transcriptlens analyze --html</c> end to end: chat file → parse → tag → analyse → HTML → browser.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class HtmlReportCliTests
{
    // The shipped parsers read the input; the shipped keyword baseline tags it (deterministic, unlike
    // a change of the ML models).
    private static void WithBaselineTagger(IServiceCollection services) =>
        services.AddSingleton<ITaggerProvider>(new BaselineTaggerProvider());

    [Fact]
    public async Task Analyze_with_html_writes_the_report_page()
    {
        var (input, html) = WriteChat();

        var run = await CliRun.RunAsync(WithBaselineTagger, "analyze", input, "--html", html);

        Assert.Equal(0, run.ExitCode);
        var page = File.ReadAllText(html);
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("<bdi>Ana &amp; Noa</bdi>", page, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"composite\"", page, StringComparison.Ordinal);
        Assert.Contains("labels by the keyword-baseline tagger", page, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task The_page_written_by_the_cli_renders_cleanly_in_chromium()
    {
        var (input, html) = WriteChat();
        var run = await CliRun.RunAsync(WithBaselineTagger, "analyze", input, "--html", html);
        Assert.Equal(0, run.ExitCode);

        var result = await ReportInBrowser.OpenAsync(html);

        Assert.True(result.Findings.Clean, result.Findings.ToString());
        Assert.Equal(8, result.Charts.Count);
        Assert.All(result.Charts, c => Assert.True(c.DeclaredMarks == c.VisibleMarks, $"{c.Kind}: {c.VisibleMarks} of {c.DeclaredMarks} marks visible"));
    }

    // The synthetic couple as the CSV that `parse --out chat.csv` writes (its tags are dropped: the
    // baseline tags the texts again).
    private static (string Input, string Html) WriteChat()
    {
        var dir = RepoPaths.TempDirectory();
        var input = Path.Combine(dir, "chat.csv");
        using (var file = File.CreateText(input))
        using (var csv = new MessageCsvWriter(file))
        {
            foreach (var tagged in SyntheticCouple.Generate("Ana", "Noa"))
            {
                csv.Write(tagged.Message);
            }
        }

        return (input, Path.Combine(dir, "report.html"));
    }
}
