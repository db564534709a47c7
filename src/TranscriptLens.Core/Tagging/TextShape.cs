using System.Globalization;
using System.Text;

namespace TranscriptLens.Core.Tagging;

/// <summary>
/// Surface facts about a message text that need no model: whether it asks something, its words,
/// emoji and punctuation. Shared by the keyword baseline and the ML features.
/// </summary>
public static class TextShape
{
    /// <summary>The text contains a question mark (?, ¿ or ？): the bid rule of docs/labels.md#bid.</summary>
    public static bool AsksQuestion(string text) => text.AsSpan().IndexOfAny('?', '¿', '？') >= 0;

    /// <summary>Words: maximal runs of letters, digits, apostrophes.</summary>
    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = char.IsLetterOrDigit(c) || c == '\'' || c == '’';
            if (wordChar && !inWord)
            {
                count++;
            }

            inWord = wordChar;
        }

        return count;
    }

    /// <summary>Emoji and pictographs (surrogate-pair symbols and the BMP symbol blocks), counting each rune once.</summary>
    public static int EmojiCount(string text)
    {
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsEmoji(rune))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>True when the text has at least one emoji and nothing else but spaces, joiners and variation selectors.</summary>
    public static bool IsEmojiOnly(string text)
    {
        var any = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsEmoji(rune))
            {
                any = true;
            }
            else if (!Rune.IsWhiteSpace(rune) && !IsJoiner(rune))
            {
                return false;
            }
        }

        return any;
    }

    /// <summary>True when the text has at least three letters and none of them is lowercase.</summary>
    public static bool IsShouting(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 3;
    }

    private static bool IsJoiner(Rune rune) =>
        rune.Value is 0x200D or (>= 0xFE00 and <= 0xFE0F) or (>= 0x1F3FB and <= 0x1F3FF);

    private static bool IsEmoji(Rune rune)
    {
        var v = rune.Value;
        if (v is (>= 0x1F3FB and <= 0x1F3FF))
        {
            return false;
        }

        return v is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) or (>= 0x2B00 and <= 0x2BFF)
            || Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol && v > 0x2000;
    }
}
