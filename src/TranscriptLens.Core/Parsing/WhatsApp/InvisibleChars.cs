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

    /// <summary>True when <paramref name="text"/> holds any stripped character (vectorised scan).</summary>
    public static bool Any(ReadOnlySpan<char> text) => IndexOfAny(text) >= 0;

    /// <summary>
    /// The position of the first stripped character, or -1. All of them lie in U+200E–U+FEFF, so a
    /// range scan (a few instructions per 16 characters) settles the common case, text without any;
    /// only text with characters in that range pays for the exact set (a probabilistic map).
    /// </summary>
    public static int IndexOfAny(ReadOnlySpan<char> text)
    {
        var candidate = text.IndexOfAnyInRange('\u200E', '\uFEFF');
        if (candidate < 0)
        {
            return -1;
        }

        var found = text[candidate..].IndexOfAny(Set);
        return found < 0 ? -1 : candidate + found;
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
            var next = IndexOfAny(text);
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
