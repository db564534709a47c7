using System.Buffers;
using System.Runtime.CompilerServices;

namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// Invisible formatting characters that exports scatter through lines: U+200E/U+200F before headers,
/// bodies and attachment names (iOS), U+FEFF at the start of arbitrary lines and inside brackets
/// (WhatsR's German fixtures), bidi embeddings U+202A–U+202E around phone numbers and isolates
/// U+2066–U+2069 around names. They carry no text and break matching, so they are removed everywhere.
/// </summary>
internal static class InvisibleChars
{
    private static readonly SearchValues<char> Set = SearchValues.Create(
        "\u200E\u200F\uFEFF\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>True when <paramref name="c"/> is one of the stripped characters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is(char c) => c >= '\u200E' && Set.Contains(c);

    /// <summary>True when <paramref name="text"/> holds any stripped character.</summary>
    public static bool Any(ReadOnlySpan<char> text) => IndexOf(text) >= 0;

    /// <summary>
    /// The first stripped character in <paramref name="text"/>, or -1. All of them lie in
    /// U+200E–U+2069 or are U+FEFF, so two vectorised scans find candidates; the range also holds
    /// typographic dashes and quotes, which are checked off one by one.
    /// </summary>
    public static int IndexOf(ReadOnlySpan<char> text)
    {
        var bom = text.IndexOf('\uFEFF');
        var searched = bom < 0 ? text : text[..bom];
        var offset = 0;
        while (true)
        {
            var candidate = searched[offset..].IndexOfAnyInRange('\u200E', '\u2069');
            if (candidate < 0)
            {
                return bom;
            }

            offset += candidate;
            if (Set.Contains(searched[offset]))
            {
                return offset;
            }

            offset++;
        }
    }

    /// <summary>The first position at or after <paramref name="pos"/> that is not an invisible character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Skip(ReadOnlySpan<char> text, int pos)
    {
        while (pos < text.Length && Is(text[pos]))
        {
            pos++;
        }

        return pos;
    }

    /// <summary>Copies <paramref name="text"/> without invisible characters; returns the number of chars written.</summary>
    public static int CopyWithout(ReadOnlySpan<char> text, Span<char> destination)
    {
        var written = 0;
        while (true)
        {
            var next = IndexOf(text);
            if (next < 0)
            {
                text.CopyTo(destination[written..]);
                return written + text.Length;
            }

            text[..next].CopyTo(destination[written..]);
            written += next;
            text = text[(next + 1)..];
        }
    }

    /// <summary><paramref name="text"/> without invisible characters, as a new string.</summary>
    public static string Strip(ReadOnlySpan<char> text)
    {
        if (!Any(text))
        {
            return new string(text);
        }

        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..CopyWithout(text, buffer)]);
    }
}
