namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>A chart legend as an HTML list: real text, so it wraps, zooms, prints and reads out.</summary>
internal static class Legend
{
    /// <summary>Writes the legend (nothing for no items).</summary>
    public static void Write(MarkupWriter writer, IReadOnlyList<LegendItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        writer.Open("ul", ("class", "legend"));
        foreach (var item in items)
        {
            writer.Open("li");
            writer.Element("span", null, ("class", "key key-" + Name(item.Mark)), ("style", $"--c:{item.Colour}"), ("aria-hidden", "true"));
            writer.Element("bdi", item.Label);
            writer.Close();
        }

        writer.Close();
    }

    private static string Name(LegendMark mark) => mark switch
    {
        LegendMark.Swatch => "swatch",
        LegendMark.Line => "line",
        LegendMark.Band => "band",
        LegendMark.Dashed => "dashed",
        LegendMark.NoData => "nodata",
        _ => throw new ArgumentOutOfRangeException(nameof(mark), mark, null),
    };
}
