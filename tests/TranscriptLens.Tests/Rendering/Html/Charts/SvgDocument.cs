using System.Xml.Linq;

namespace TranscriptLens.Tests.Rendering.Html.Charts;

/// <summary>Chart markup parsed as XML (inline SVG from the renderers is well-formed XML), for structural assertions.</summary>
internal sealed class SvgDocument(string markup)
{
    public XElement Root { get; } = XElement.Parse(markup);

    public IEnumerable<XElement> All(string name) => Root.DescendantsAndSelf().Where(e => e.Name.LocalName == name);

    public IReadOnlyList<XElement> Marks => [.. Root.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains("mark") == true)];

    public IEnumerable<string> Texts => All("text").Select(t => t.Value);

    public static string? Tooltip(XElement mark) => mark.Elements().FirstOrDefault(e => e.Name.LocalName == "title")?.Value;
}
