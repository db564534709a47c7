using System.Text;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Classification.Features;

/// <summary>
/// Normalises a text before n-gram featurisation so the model learns language, not particulars:
/// links become <c>xurl</c>, digit runs become <c>0</c>, and the names of the conversation's
/// participants become <c>xname</c>. Returns the same instance when nothing changes (most chat
/// messages), so the tagger's cache needs no allocation for them.
/// </summary>
internal static class ModelText
{
    /// <summary>The text the features see; a media placeholder ("&lt;Media omitted&gt;") is empty, like parsed media.</summary>
    public static string Normalise(string text, IReadOnlyCollection<string> names)
    {
        if (text.Length == 0 || MediaPlaceholder.Is(text))
        {
            return string.Empty;
        }

        var hasDigit = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        var hasLink = text.Contains("http", StringComparison.OrdinalIgnoreCase) || text.Contains("www.", StringComparison.OrdinalIgnoreCase);
        var hasName = false;
        foreach (var name in names)
        {
            var first = FirstName(name);
            if (first.Length >= 2 && text.AsSpan().Contains(first, StringComparison.OrdinalIgnoreCase))
            {
                hasName = true;
                break;
            }
        }

        if (!hasDigit && !hasLink && !hasName)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var token in Tokens(text))
        {
            if (token.IsSpace)
            {
                builder.Append(text.AsSpan(token.Start, token.Length));
                continue;
            }

            var word = text.AsSpan(token.Start, token.Length);
            if (hasLink && (word.StartsWith("http", StringComparison.OrdinalIgnoreCase) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
            {
                builder.Append("xurl");
                continue;
            }

            AppendWord(builder, word, hasName ? names : [], hasDigit);
        }

        return builder.ToString();
    }

    private static void AppendWord(StringBuilder builder, ReadOnlySpan<char> word, IReadOnlyCollection<string> names, bool digits)
    {
        var i = 0;
        while (i < word.Length)
        {
            if (char.IsLetter(word[i]))
            {
                var start = i;
                while (i < word.Length && char.IsLetter(word[i]))
                {
                    i++;
                }

                var letters = word[start..i];
                builder.Append(IsName(letters, names) ? "xname" : letters);
            }
            else if (digits && char.IsAsciiDigit(word[i]))
            {
                while (i < word.Length && char.IsAsciiDigit(word[i]))
                {
                    i++;
                }

                builder.Append('0');
            }
            else
            {
                builder.Append(word[i]);
                i++;
            }
        }
    }

    private static bool IsName(ReadOnlySpan<char> letters, IReadOnlyCollection<string> names)
    {
        foreach (var name in names)
        {
            var first = FirstName(name);
            if (first.Length >= 2 && letters.Equals(first, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A display name may be "Maya K."; its first word is what people write.
    private static ReadOnlySpan<char> FirstName(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? name.AsSpan(0, space) : name.AsSpan();
    }

    private static IEnumerable<(int Start, int Length, bool IsSpace)> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var space = char.IsWhiteSpace(text[i]);
            while (i < text.Length && char.IsWhiteSpace(text[i]) == space)
            {
                i++;
            }

            yield return (start, i - start, space);
        }
    }
}
