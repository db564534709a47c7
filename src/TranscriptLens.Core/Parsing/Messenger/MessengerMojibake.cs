using System.Text;
using System.Text.Unicode;

namespace TranscriptLens.Core.Parsing.Messenger;

/// <summary>
/// Undoes Facebook's mojibake: the export writes every string's UTF-8 bytes as if each byte were a
/// Latin-1 character (<c>"\u00c3\u00a7a"</c> for <c>ça</c>). A string is repaired only when every
/// character is at most U+00FF, at least one is not ASCII, and those bytes are valid UTF-8; anything
/// else is kept as written, so correct text (a hand-edited file, "“quoted” ça va") is never damaged.
/// </summary>
internal static class MessengerMojibake
{
    private const int StackLimit = 256;

    /// <summary>The repaired string, or <paramref name="text"/> itself when it is not mojibake.</summary>
    public static string Repair(string text)
    {
        var nonAscii = false;
        foreach (var c in text)
        {
            // Checked first: Encoding.Latin1.GetBytes would best-fit "“" to '"' instead of failing.
            if (c > '\u00FF')
            {
                return text;
            }

            nonAscii |= c > '\u007F';
        }

        if (!nonAscii)
        {
            return text;
        }

        Span<byte> bytes = text.Length <= StackLimit ? stackalloc byte[text.Length] : new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = (byte)text[i];
        }

        return Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : text;
    }
}
