using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TranscriptLens.Cli;
using TranscriptLens.Cli.Hosting;
using TranscriptLens.Core.Analysis;
using TranscriptLens.Core.Rendering;
using TranscriptLens.Core.Rendering.Html;
using TranscriptLens.Core.Rendering.Html.Charts;
using TranscriptLens.Core.Rendering.Html.Sections;
using TranscriptLens.Core.Reports;
using TranscriptLens.Tests.Rendering.Html.Charts;
using TranscriptLens.Tests.Reports;

namespace TranscriptLens.Tests.Rendering.Html;

public sealed class HtmlReportWriterTests
{
    private static readonly Lazy<AnalysisReport> Couple = new(() => SampleReports.Couple());

    [Fact]
    public void Writes_one_self_contained_page_that_references_nothing_outside_itself()
    {
        var html = ReportPages.Render(Couple.Value);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        foreach (var forbidden in (string[])["http:", "https:", "//", "<script", "<link", "@import", "url(", "src=", "href=", "<img", "<iframe", "<object", "@font-face"])
        {
            Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_every_chart_the_issue_asks_for_each_an_accessible_image_with_a_table_of_its_numbers()
    {
        var html = ReportPages.Render(Couple.Value);
        var charts = ReportPages.Charts(html);

        Assert.Equal(["asymmetry-gauge", "initiation", "reaching-out", "latency", "engagement", "bids", "composite", "components"], charts.Keys);
        foreach (var (kind, svg) in charts)
        {
            Assert.Equal("img", (string?)svg.Root.Attribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(svg.Root.Elements().First(e => e.Name.LocalName == "title").Value), kind);
            Assert.False(string.IsNullOrWhiteSpace(svg.Root.Elements().First(e => e.Name.LocalName == "desc").Value), kind);
            Assert.Equal(svg.Marks.Count.ToString(CultureInfo.InvariantCulture), (string?)svg.Root.Attribute("data-marks"));
        }

        // One data table per chart figure (the gauge sits in the headline card, not in a figure).
        Assert.Equal(charts.Count - 1, CountOf(html, "<details class=\"numbers\">"));
    }

    [Fact]
    public void Draws_as_many_marks_as_the_report_has_values()
    {
        var report = Couple.Value;
        var charts = ReportPages.Charts(ReportPages.Render(report));

        // One dot per period and person with a share (none in the silent month).
        var shares = report.Timeline.Sum(t => t.Participants.Count(p => p.InitiationShare is not null));
        Assert.Equal(shares, charts["initiation"].Marks.Count);
        // One dot per period whose composite has enough data.
        var estimates = report.Timeline.Count(t => t.Pairs[0].Status == DataSufficiency.Sufficient);
        Assert.Equal(estimates, charts["composite"].Marks.Count);
        // Two people × four labels, all used.
        Assert.Equal(8, charts["engagement"].Marks.Count);
    }

    [Fact]
    public void Leaves_months_without_enough_data_as_shaded_gaps_in_the_composite()
    {
        var report = Couple.Value;
        var composite = ReportPages.Charts(ReportPages.Render(report))["composite"];
        var gaps = composite.All("g").Single(g => (string?)g.Attribute("class") == "no-estimate").Elements().Select(SvgDocument.Tooltip).ToList();

        // May is sparse (too few conversations) and June silent: both are gaps, not zeros.
        Assert.Contains("2024-05: too little data for an estimate", gaps);
        Assert.Contains("2024-06: too little data for an estimate", gaps);
        Assert.Contains(report.Timeline, t => t.Label == "2024-05" && t.Pairs[0].Status == DataSufficiency.InsufficientData);
    }

    [Fact]
    public void Suggests_a_longer_period_when_no_period_has_enough_data_for_the_composite()
    {
        var settings = AnalysisSettings.Default with { Period = CalendarPeriod.Week };
        var report = new ChatAnalyzer(settings).Analyze(SyntheticCouple.Generate("Ana", "Noa"), "x.txt")[0];

        var html = ReportPages.Render(report);

        // About eight conversations a week, twenty needed: every week is a gap.
        Assert.Empty(ReportPages.Charts(html)["composite"].Marks);
        Assert.Contains("No week has enough data for an estimate", html, StringComparison.Ordinal);
    }

    [Fact]
    public void States_the_findings_in_plain_words_with_hand_computed_figures()
    {
        var html = ReportPages.Render(TinyReport.Build());

        Assert.Contains("Of the <strong>8 conversations</strong>, ", html, StringComparison.Ordinal);

        // Ana opened 5 of 8 = 0.625 = 62.5 %, rounded half away from zero: 63%. Noa 1 of 8 = 12.5 % → 13%.
        Assert.Contains("<strong><bdi>Ana</bdi></strong> opened <strong>63%</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<strong><bdi>Noa</bdi></strong> opened <strong>13%</strong>", html, StringComparison.Ordinal);

        // Ana's median reply: 90 s = 1.5 min; Kim's: 5,400 s = 1.5 h.
        Assert.Contains("<strong><bdi>Ana</bdi></strong> <strong>1.5 min</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<strong><bdi>Kim</bdi></strong> <strong>1.5 h</strong>", html, StringComparison.Ordinal);

        // The headline pair is Ana–Kim (Pairs[1]): 0.125 to two decimals, half away from zero: +0.13;
        // interval 0.0349 → +0.03 and 0.2151 → +0.22.
        Assert.Contains("<p class=\"big\">+0.13</p>", html, StringComparison.Ordinal);
        Assert.Contains("95% interval +0.03 to +0.22", html, StringComparison.Ordinal);
        Assert.Contains("not a diagnosis of anyone", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_the_verdict_the_report_carries_and_claims_a_side_only_for_a_leaning_verdict()
    {
        var pair = Couple.Value.Pairs[0];
        static string Verdict(PairReport p)
        {
            var writer = new MarkupWriter();
            GlanceSection.Verdict(new Prose(writer), p);
            return writer.ToString();
        }

        // The interval is left as it is: the page reads the verdict, it does not decide it again.
        Assert.StartsWith("<strong><bdi>Ana</bdi></strong> carries more", Verdict(pair with { Verdict = AsymmetryVerdict.LeansToA }), StringComparison.Ordinal);
        Assert.StartsWith("<strong><bdi>Noa</bdi></strong> carries more", Verdict(pair with { Verdict = AsymmetryVerdict.LeansToB }), StringComparison.Ordinal);
        Assert.StartsWith("No clear imbalance (the interval includes 0)", Verdict(pair with { Verdict = AsymmetryVerdict.Balanced }), StringComparison.Ordinal);
        Assert.StartsWith("Not enough data", Verdict(pair with { Verdict = AsymmetryVerdict.Insufficient }), StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_lines_that_could_not_be_read_only_when_there_were_any()
    {
        var report = TinyReport.Build();

        var noisy = ReportPages.Render(report);
        var clean = ReportPages.Render(report with { Diagnostics = ReportDiagnostics.None });

        // 10 warnings + 2 errors = 12 lines.
        Assert.Contains("12 lines of the export could not be read in full", noisy, StringComparison.Ordinal);
        Assert.DoesNotContain("could not be read", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void Escapes_names_with_markup_and_keeps_rtl_names_and_emoji_intact()
    {
        var report = SampleReports.Couple(SampleReports.Tricky, SampleReports.Rtl);

        var html = ReportPages.Render(report);

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Co\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Ana&lt;/b&gt; &amp; &quot;Co&quot; &#39;x&#39;", html, StringComparison.Ordinal);
        Assert.Contains("<bdi>נועה 🌙</bdi>", html, StringComparison.Ordinal);
        Assert.All(ReportPages.Charts(html).Values, svg => Assert.NotNull(svg.Root));
    }

    [Fact]
    public void Writes_the_same_page_whatever_the_current_culture()
    {
        var invariant = ReportPages.Render(Couple.Value);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            Assert.Equal(invariant, ReportPages.Render(Couple.Value));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Says_when_there_is_not_enough_data_instead_of_showing_a_number()
    {
        var settings = AnalysisSettings.Default;
        var few = SyntheticCouple.Generate("Ana", "Noa").Take(60);
        var report = new ChatAnalyzer(settings).Analyze(few, "short.txt")[0];

        var html = ReportPages.Render(report);
        var gauge = ReportPages.Charts(html)["asymmetry-gauge"];

        Assert.Equal(DataSufficiency.InsufficientData, report.Pairs[0].Status);
        Assert.Contains("Not enough data", html, StringComparison.Ordinal);
        Assert.Contains("at least 20 needed", html, StringComparison.Ordinal);
        Assert.Empty(gauge.Marks);
    }

    [Fact]
    public void Renders_an_empty_export_as_a_short_page_without_charts()
    {
        var report = new ChatAnalyzer(AnalysisSettings.Default).Analyze([], "empty.txt")[0];

        var html = ReportPages.Render(report);

        Assert.Contains("no messages", html, StringComparison.Ordinal);
        Assert.Empty(ReportPages.Charts(html));
    }

    [Fact]
    public void Shows_the_six_most_active_people_of_a_group_and_lists_every_pair()
    {
        var names = new[] { "Ana", "Ben", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal" };
        var messages = SyntheticCouple.Generate("x", "y").Select((m, i) =>
            m with { Message = m.Message with { Sender = names[(i % 3 == 0 ? i / 3 : i) % (i % 5 == 0 ? 8 : 6)] } }).ToList();
        var report = new ChatAnalyzer(AnalysisSettings.Default).Analyze(messages, "group.txt")[0];

        var html = ReportPages.Render(report);

        Assert.Equal(8, report.Participants.Count);
        Assert.Equal(6, ReportPages.Charts(html)["engagement"].Marks.Select(m => SvgDocument.Tooltip(m)!.Split(':')[0]).Distinct().Count());
        Assert.Contains("2 more people wrote less", html, StringComparison.Ordinal);
        Assert.Contains("Every pair", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_registered_as_the_clis_html_writer()
    {
        using var services = new ServiceCollection().AddTranscriptLens().BuildServiceProvider();

        Assert.IsType<HtmlReportWriter>(services.GetServices<IReportWriter>().Single(w => w.Name == "html"));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
