using TranscriptLens.Core.Rendering.Html.Charts;

namespace TranscriptLens.Core.Rendering.Html;

/// <summary>
/// The self-contained document around a report: UTF-8, a viewport for laptops and phones, the
/// inline stylesheet, and a Content-Security-Policy that forbids every fetch (scripts, fonts,
/// images, connections), so even a mistake in a template cannot make the report phone home.
/// </summary>
internal static class HtmlPage
{
    /// <summary>Allows inline styles and nothing else to load.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    /// <summary>Writes the whole document with <paramref name="body"/> (markup from a <see cref="MarkupWriter"/>) inside <c>&lt;main&gt;</c>.</summary>
    public static void Write(TextWriter output, string title, string body, string language = "en")
    {
        var head = new MarkupWriter();
        head.Open("html", ("lang", language));
        head.Line().Open("head").Line();
        head.Void("meta", ("charset", "utf-8")).Line();
        head.Void("meta", ("http-equiv", "Content-Security-Policy"), ("content", ContentSecurityPolicy)).Line();
        head.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1")).Line();
        head.Void("meta", ("name", "referrer"), ("content", "no-referrer")).Line();
        head.Void("meta", ("name", "color-scheme"), ("content", "light")).Line();
        head.Void("meta", ("name", "generator"), ("content", "TranscriptLens")).Line();
        head.Element("title", title).Line();
        head.Open("style").Raw("\n" + ReportStylesheet.Css).Close().Line();
        head.Close().Line();
        head.Open("body").Line().Open("main").Line().Raw(body).Close().Line().Close().Line().Close().Line();
        output.Write("<!DOCTYPE html>\n");
        output.Write(head.ToString());
    }
}
