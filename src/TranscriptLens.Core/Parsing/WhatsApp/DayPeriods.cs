using System.Runtime.CompilerServices;

namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// The 12-hour clock markers a header may carry after its time: <c>AM PM am pm a.m. p.m. a. m. p. m.</c>
/// with any space character inside (U+0020, U+00A0 in Spanish <c>p.⎵m.</c>, U+202F), and the day-period
/// words German 12-hour exports use instead (<c>gesiscss/WhatsR:R/parse_chat.R</c> <c>TimeRegex_*</c>).
/// Add other languages' words to <see cref="Words"/>.
/// </summary>
internal static class DayPeriods
{
    private static readonly (string Word, Meridiem Half)[] Words =
    [
        ("morgens", Meridiem.Am),
        ("vorm.", Meridiem.Am),
        ("nachts", Meridiem.Am),
        ("mittags", Meridiem.Pm),
        ("nachm.", Meridiem.Pm),
        ("abends", Meridiem.Pm),
    ];

    /// <summary>Matches a marker at the start of <paramref name="text"/>; <paramref name="length"/> is how much it spans.</summary>
    public static bool TryMatch(ReadOnlySpan<char> text, out int length, out Meridiem half)
    {
        // Most headers have none: reject on the first letter before trying any word.
        if (text.IsEmpty || !char.IsLetter(text[0]))
        {
            length = 0;
            half = Meridiem.None;
            return false;
        }

        if (TryMatchLatin(text, out length, out half))
        {
            return true;
        }

        foreach (var (word, wordHalf) in Words)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && EndsToken(text, word.Length))
            {
                length = word.Length;
                half = wordHalf;
                return true;
            }
        }

        length = 0;
        half = Meridiem.None;
        return false;
    }

    /// <summary>
    /// The hour on a 24-hour clock: 12 AM is 0, 12 PM is 12. Hours already past 12, or 0 with AM
    /// (WhatsR's synthetic <c>00:13 AM</c>, <c>23:59 PM</c>), are taken as written.
    /// </summary>
    public static int ToHour24(int hour, Meridiem half) => half switch
    {
        Meridiem.Am => hour == 12 ? 0 : hour,
        Meridiem.Pm => hour < 12 ? hour + 12 : hour,
        _ => hour,
    };

    /// <summary>True for U+0020, U+00A0, U+202F and the other Unicode space separators.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c == ' ' || c == '\u202F' || c == '\u00A0' || (c > 127 && char.IsSeparator(c));

    // a|p, optional '.', optional space, m, optional '.': AM, a.m., a. m., p.⎵m.
    private static bool TryMatchLatin(ReadOnlySpan<char> text, out int length, out Meridiem half)
    {
        length = 0;
        half = Meridiem.None;
        if (text.IsEmpty)
        {
            return false;
        }

        var first = (char)(text[0] | 0x20);
        if (first is not ('a' or 'p'))
        {
            return false;
        }

        var pos = 1;
        if (pos < text.Length && text[pos] == '.')
        {
            pos++;
        }

        if (pos < text.Length && IsSpace(text[pos]))
        {
            pos++;
        }

        if (pos >= text.Length || (text[pos] | 0x20) != 'm')
        {
            return false;
        }

        pos++;
        if (pos < text.Length && text[pos] == '.')
        {
            pos++;
        }

        if (!EndsToken(text, pos))
        {
            return false;
        }

        length = pos;
        half = first == 'a' ? Meridiem.Am : Meridiem.Pm;
        return true;
    }

    private static bool EndsToken(ReadOnlySpan<char> text, int pos) => pos >= text.Length || !char.IsLetterOrDigit(text[pos]);
}
