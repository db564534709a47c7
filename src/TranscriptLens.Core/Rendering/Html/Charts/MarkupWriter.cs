using System.Globalization;
using System.Text;

namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>
/// Builds HTML and inline SVG markup with every attribute value and text node escaped and every
/// number written in the invariant culture, so a chart never depends on the machine's locale
/// (a comma decimal separator would silently break an SVG path).
/// </summary>
internal sealed class MarkupWriter
{
    private readonly StringBuilder _out = new();
    private readonly Stack<string> _open = new();

    /// <summary>Opens an element; attributes with a null value are left out.</summary>
    public MarkupWriter Open(string element, params ReadOnlySpan<(string Name, object? Value)> attributes)
    {
        StartTag(element, attributes);
        _out.Append('>');
        _open.Push(element);
        return this;
    }

    /// <summary>Closes the innermost open element.</summary>
    public MarkupWriter Close()
    {
        _out.Append("</").Append(_open.Pop()).Append('>');
        return this;
    }

    /// <summary>An SVG element with no content, written as <c>&lt;x/&gt;</c>.</summary>
    public MarkupWriter Leaf(string element, params ReadOnlySpan<(string Name, object? Value)> attributes)
    {
        StartTag(element, attributes);
        _out.Append("/>");
        return this;
    }

    /// <summary>An HTML void element (<c>meta</c>, <c>br</c>), written as <c>&lt;x&gt;</c>.</summary>
    public MarkupWriter Void(string element, params ReadOnlySpan<(string Name, object? Value)> attributes)
    {
        StartTag(element, attributes);
        _out.Append('>');
        return this;
    }

    /// <summary>An element holding only <paramref name="text"/>.</summary>
    public MarkupWriter Element(string element, string? text, params ReadOnlySpan<(string Name, object? Value)> attributes) =>
        Open(element, attributes).Text(text).Close();

    /// <summary>Escaped text.</summary>
    public MarkupWriter Text(string? text)
    {
        HtmlText.Append(_out, text);
        return this;
    }

    /// <summary>Markup produced by another writer or a trusted constant (never user text).</summary>
    public MarkupWriter Raw(string markup)
    {
        _out.Append(markup);
        return this;
    }

    /// <summary>A line break in the source, to keep the output readable and diffable.</summary>
    public MarkupWriter Line()
    {
        _out.Append('\n');
        return this;
    }

    /// <summary>The markup; every opened element must have been closed.</summary>
    public override string ToString()
    {
        if (_open.Count > 0)
        {
            throw new InvalidOperationException($"unclosed element <{_open.Peek()}>");
        }

        return _out.ToString();
    }

    /// <summary>A number as SVG and CSS want it: invariant, at most two decimals, no "-0".</summary>
    public static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "markup numbers must be finite");
        }

        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    private void StartTag(string element, ReadOnlySpan<(string Name, object? Value)> attributes)
    {
        _out.Append('<').Append(element);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            _out.Append(' ').Append(name).Append("=\"");
            HtmlText.Append(_out, Format(value));
            _out.Append('"');
        }
    }

    private static string Format(object value) => value switch
    {
        string s => s,
        double d => Number(d),
        float f => Number(f),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => throw new ArgumentException($"unsupported attribute value type {value.GetType().Name}", nameof(value)),
    };
}
