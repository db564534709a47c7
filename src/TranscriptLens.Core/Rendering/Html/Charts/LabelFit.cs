using System.Globalization;

namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>
/// Shortens a label to fit a fixed column (SVG text does not wrap): cut at a text-element boundary
/// so an emoji or a combining accent is never split, with an ellipsis. The full text goes in a tooltip.
/// </summary>
internal static class LabelFit
{
    /// <summary>The label cut to at most <paramref name="maxElements"/> user-perceived characters.</summary>
    public static string Shorten(string label, int maxElements)
    {
        var info = new StringInfo(label);
        return info.LengthInTextElements <= maxElements
            ? label
            : info.SubstringByTextElements(0, Math.Max(1, maxElements - 1)).TrimEnd() + "\u2026";
    }
}
