using TranscriptLens.Core.Rendering.Html;
using TranscriptLens.Core.Rendering.Html.Charts;

namespace TranscriptLens.Tests.Rendering.Html;

public sealed class HtmlPageTests
{
    [Fact]
    public void Writes_a_document_that_forbids_every_fetch()
    {
        var output = new StringWriter();
        HtmlPage.Write(output, "Ana & Noa", "<p>x</p>");
        var html = output.ToString();

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;", html, StringComparison.Ordinal);
        Assert.Contains("<title>Ana &amp; Noa</title>", html, StringComparison.Ordinal);
        Assert.Contains("<main>\n<p>x</p></main>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stylesheet_references_nothing_outside_the_page()
    {
        Assert.DoesNotContain("url(", ReportStylesheet.Css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", ReportStylesheet.Css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", ReportStylesheet.Css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("//", ReportStylesheet.Css, StringComparison.Ordinal);
    }
}
