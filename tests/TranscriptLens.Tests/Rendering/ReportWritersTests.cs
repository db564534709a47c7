using System.Text.Json;
using System.Text.RegularExpressions;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Formats;
using TranscriptLens.Core.Rendering;
using TranscriptLens.Core.Rendering.Html;
using TranscriptLens.Core.Reports;
using TranscriptLens.Tests.Reports;

namespace TranscriptLens.Tests.Rendering;

public sealed partial class ReportWritersTests
{
    [Fact]
    public void One_report_three_writers_the_same_numbers()
    {
        var report = TinyReport.Build();

        var console = Render("console", report);
        var html = Text(Render("html", report));
        using var json = JsonDocument.Parse(Render("json", report));
        var root = json.RootElement;

        // The headline pair is Ana–Kim, Pairs[1] (40 + 50 = 90 messages against Ana–Noa's 40 + 10 = 50).
        Assert.True(console.IndexOf("Ana vs Kim:", StringComparison.Ordinal) < console.IndexOf("Ana vs Noa:", StringComparison.Ordinal));
        Assert.Contains("Labour asymmetry \u00B7 Ana and Kim", html, StringComparison.Ordinal);
        Assert.Equal(1, root.GetProperty("headline_pair").GetInt32());
        Assert.Equal("Kim", root.GetProperty("pairs")[1].GetProperty("b").GetString());

        // Composite 0.125 → "+0.13" (two decimals, half away from zero); interval 0.0349 → "+0.03", 0.2151 → "+0.22";
        // the whole interval is above 0, so Ana carries more.
        Assert.Contains("Ana vs Kim: +0.13 (95% interval +0.03 to +0.22): Ana carries more", console, StringComparison.Ordinal);
        Assert.Contains("+0.1395% interval +0.03 to +0.22Ana carries more of the conversational work", html, StringComparison.Ordinal);
        var headline = root.GetProperty("pairs")[1];
        Assert.Equal(0.125, headline.GetProperty("asymmetry").GetDouble());
        Assert.Equal(0.0349, headline.GetProperty("ci_low").GetDouble());
        Assert.Equal(0.2151, headline.GetProperty("ci_high").GetDouble());
        Assert.Equal("leans_to_a", headline.GetProperty("verdict").GetString());

        // Ana–Noa: −0.30 with an interval from −0.50 to +0.05 that includes 0.
        Assert.Contains("Ana vs Noa: \u22120.30 (95% interval \u22120.50 to +0.05): no clear imbalance (the interval includes 0)", console, StringComparison.Ordinal);
        Assert.Contains("\u22120.30\u22120.50 to +0.05no clear imbalance (the interval includes 0)", html, StringComparison.Ordinal);
        Assert.Equal("balanced", root.GetProperty("pairs")[0].GetProperty("verdict").GetString());

        // Ana's median reply of 90 s reads 1.5 min everywhere (60 s → 1 min, 150 s → 2.5 min); JSON keeps the seconds.
        Assert.Contains("Ana  median 1.5 min (middle half 1 min to 2.5 min), 4 replies", console, StringComparison.Ordinal);
        Assert.Contains("Typical reply time (median): Ana 1.5 min, Noa 40 s and Kim 1.5 h.", html, StringComparison.Ordinal);
        Assert.Equal(90, root.GetProperty("participants")[0].GetProperty("median_reply_seconds").GetDouble());

        // Ana opened 5 of 8 conversations: 62.5 % → 63%.
        Assert.Contains("Ana  5 of 8 sessions (63%)", console, StringComparison.Ordinal);
        Assert.Contains("Ana opened 63%", html, StringComparison.Ordinal);
        Assert.Equal(0.625, root.GetProperty("participants")[0].GetProperty("initiation_share").GetDouble());

        // 10 warnings + 2 errors = 12 lines.
        Assert.Contains("Note: 12 lines of the export could not be read in full; what they held may be missing from these figures (10 warnings, 2 errors).", console, StringComparison.Ordinal);
        Assert.Contains("12 lines of the export could not be read in full; what they held may be missing from these figures (10 warnings, 2 errors).", html, StringComparison.Ordinal);
        var diagnostics = root.GetProperty("diagnostics");
        Assert.Equal(10, diagnostics.GetProperty("warnings").GetInt32());
        Assert.Equal(2, diagnostics.GetProperty("errors").GetInt32());
        Assert.Equal("unreadable_line", diagnostics.GetProperty("by_kind")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void A_clean_read_is_not_mentioned_by_the_text_writers_and_is_zero_in_json()
    {
        var report = TinyReport.Build() with { Diagnostics = ReportDiagnostics.None };

        Assert.DoesNotContain("could not be read", Render("console", report), StringComparison.Ordinal);
        Assert.DoesNotContain("could not be read", Render("html", report), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Render("json", report));
        Assert.Equal("""{"warnings":0,"errors":0,"by_kind":[]}""", JsonSerializer.Serialize(json.RootElement.GetProperty("diagnostics")));
    }

    [Fact]
    public void Writers_are_chosen_by_name_with_their_extension()
    {
        Assert.Equal(["console", "json", "html"], ReportFormats.Names);
        Assert.IsType<HtmlReportWriter>(ReportFormats.Get("HTML"));
        Assert.Equal(".json", ReportFormats.Get("json").Extension);
    }

    [Fact]
    public void An_unknown_writer_name_is_a_usage_error_listing_the_names()
    {
        var error = Assert.Throws<UsageException>(() => ReportFormats.Get("pdf"));

        Assert.Equal("unknown report format 'pdf'; expected one of: console, json, html", error.Message);
    }

    private static string Render(string writer, AnalysisReport report)
    {
        var output = new StringWriter();
        ReportFormats.Get(writer).Write(report, output);
        return output.ToString();
    }

    // What a reader sees of the page: the markup removed (the figures here hold no escaped characters).
    private static string Text(string html) => Tag().Replace(html, string.Empty);

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
