using TranscriptLens.Core.Rendering.Html.Charts;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Rendering.Html.Sections;

/// <summary>Writes sentences that mix plain text, emphasised figures and people's names (isolated for right-to-left names).</summary>
internal sealed class Prose(MarkupWriter writer)
{
    /// <summary>Plain text.</summary>
    public Prose Say(string text)
    {
        writer.Text(text);
        return this;
    }

    /// <summary>A person's name, bold and bidi-isolated so "נועה: 64%" keeps its order.</summary>
    public Prose Name(string name)
    {
        writer.Open("strong").Element("bdi", name).Close();
        return this;
    }

    /// <summary>A name inside running text, not bold ("of Noa's bids").</summary>
    public Prose Plain(string name)
    {
        writer.Element("bdi", name);
        return this;
    }

    /// <summary>An emphasised figure.</summary>
    public Prose Figure(string figure)
    {
        writer.Element("strong", figure);
        return this;
    }

    /// <summary>Writes <paramref name="items"/> joined as "a, b and c".</summary>
    public Prose List<T>(IReadOnlyList<T> items, Action<Prose, T> write)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                Say(i == items.Count - 1 ? " and " : ", ");
            }

            write(this, items[i]);
        }

        return this;
    }
}
