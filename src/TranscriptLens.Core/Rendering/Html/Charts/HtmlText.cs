using System.Text;

namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>
/// Escapes user text (names, messages, chat titles) for HTML and inline SVG, in text and in
/// attribute values alike. Chats hold <c>&lt;</c>, <c>&amp;</c>, quotes, emoji and RTL text, and
/// sometimes control characters or broken surrogate pairs (cut exports): the markup characters are
/// escaped, emoji and RTL text pass through unchanged, and characters HTML forbids become U+FFFD.
/// </summary>
internal static class HtmlText
{
    private const char Replacement = '\uFFFD';

    /// <summary>The escaped text; empty for null.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!NeedsWork(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends the escaped text to <paramref name="builder"/>.</summary>
    public static void Append(StringBuilder builder, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); continue;
                case '<': builder.Append("&lt;"); continue;
                case '>': builder.Append("&gt;"); continue;
                case '"': builder.Append("&quot;"); continue;
                case '\'': builder.Append("&#39;"); continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsForbidden(c))
            {
                builder.Append(Replacement);
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    // HTML forbids C0 controls other than whitespace, DEL, C1 controls and lone surrogates in text;
    // U+FFFE/U+FFFF are noncharacters that some parsers reject.
    private static bool IsForbidden(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r'))
        || (c >= '\u007F' && c <= '\u009F')
        || char.IsSurrogate(c)
        || c is '\uFFFE' or '\uFFFF';

    private static bool NeedsWork(string text)
    {
        foreach (var c in text)
        {
            if (c is '&' or '<' or '>' or '"' or '\'' || IsForbidden(c))
            {
                return true;
            }
        }

        return false;
    }
}
