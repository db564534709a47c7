using System.Runtime.CompilerServices;

namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// Recognises a message header at the start of a line without a regex (this runs once per line of
/// exports with millions of lines). The grammar is the one the peers converge on
/// (<c>Pustur/whatsapp-chat-parser:src/parser.ts</c> <c>sharedRegex</c>, docs/formats.md#whatsapp-header-lines): invisible marks,
/// optional <c>[</c>, three 1–4-digit date fields joined by the same <c>/ . -</c> (each optionally followed
/// by a space), optional <c>,</c> or <c>.</c>, a space, an optional filler word (<c>klo</c>), the time
/// <c>h:mm[:ss]</c> or <c>h.mm[.ss]</c>, an optional AM/PM or day period, the closing <c>]</c>, then
/// <c>␣-␣</c> (Android), <c>␣</c> (iOS), <c>:␣</c> or a bare space. Which date field is the day is not
/// decided here: see <see cref="DateOrderDecider"/>.
/// </summary>
internal static class HeaderMatcher
{
    private const int MaxFillerLetters = 8;

    /// <summary>Matches a header at the start of <paramref name="line"/>.</summary>
    public static bool TryMatch(ReadOnlySpan<char> line, out HeaderMatch match)
    {
        match = default;
        var pos = InvisibleChars.Skip(line, 0);
        var bracket = pos < line.Length && line[pos] == '[';
        if (bracket)
        {
            pos = InvisibleChars.Skip(line, pos + 1);
        }

        if (!TryReadDate(line, ref pos, out var a, out var da, out var b, out var db, out var c, out var dc)
            || !TryReadTime(line, ref pos, out var hour, out var minute, out var second, out var hasSeconds))
        {
            return false;
        }

        var meridiem = ReadMeridiem(line, ref pos);
        if (bracket)
        {
            pos = InvisibleChars.Skip(line, pos);
            if (pos >= line.Length || line[pos] != ']')
            {
                return false;
            }

            pos++;
        }
        else if (pos < line.Length && line[pos] == ']')
        {
            return false;
        }

        if (!TryReadBodyStart(line, pos, bracket, out var layout, out var bodyStart))
        {
            return false;
        }

        match = new HeaderMatch
        {
            A = a,
            B = b,
            C = c,
            DigitsA = da,
            DigitsB = db,
            DigitsC = dc,
            Hour = hour,
            Minute = minute,
            Second = second,
            HasSeconds = hasSeconds,
            Meridiem = meridiem,
            Layout = layout,
            BodyStart = bodyStart,
        };
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryReadDate(
        ReadOnlySpan<char> line, ref int pos, out int a, out int da, out int b, out int db, out int c, out int dc)
    {
        b = db = c = dc = 0;
        if (!TryReadNumber(line, ref pos, 4, out a, out da) || pos >= line.Length)
        {
            return false;
        }

        var separator = line[pos];
        if (separator is not ('/' or '.' or '-'))
        {
            return false;
        }

        pos = SkipOneSpace(line, pos + 1);
        if (!TryReadNumber(line, ref pos, 4, out b, out db) || pos >= line.Length || line[pos] != separator)
        {
            return false;
        }

        pos = SkipOneSpace(line, pos + 1);
        if (!TryReadNumber(line, ref pos, 4, out c, out dc))
        {
            return false;
        }

        // "14/03/2024, 21:05", "13. 6. 2018. 21:25", "[14/03/2024 21:05:17]", "13.6.2018 klo 21.25"
        var punctuated = pos < line.Length && line[pos] is ',' or '.';
        if (punctuated)
        {
            pos++;
        }

        var spaced = SkipSpaces(line, ref pos);
        if (!spaced && !punctuated)
        {
            return false;
        }

        if (pos < line.Length && char.IsLetter(line[pos]))
        {
            var letters = 0;
            while (pos < line.Length && char.IsLetter(line[pos]) && letters <= MaxFillerLetters)
            {
                pos++;
                letters++;
            }

            if (letters > MaxFillerLetters || !SkipSpaces(line, ref pos))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryReadTime(
        ReadOnlySpan<char> line, ref int pos, out int hour, out int minute, out int second, out bool hasSeconds)
    {
        minute = second = 0;
        hasSeconds = false;
        if (!TryReadNumber(line, ref pos, 2, out hour, out _) || pos >= line.Length || line[pos] is not (':' or '.'))
        {
            return false;
        }

        var separator = line[pos++];
        if (!TryReadNumber(line, ref pos, 2, out minute, out var minuteDigits) || minuteDigits != 2)
        {
            return false;
        }

        if (pos + 1 < line.Length && line[pos] == separator && char.IsAsciiDigit(line[pos + 1]))
        {
            pos++;
            if (!TryReadNumber(line, ref pos, 2, out second, out var secondDigits) || secondDigits != 2)
            {
                return false;
            }

            hasSeconds = true;
        }

        return hour <= 23 && minute <= 59 && second <= 59;
    }

    private static Meridiem ReadMeridiem(ReadOnlySpan<char> line, ref int pos)
    {
        var at = pos;
        while (at < line.Length && DayPeriods.IsSpace(line[at]))
        {
            at++;
        }

        if (at < line.Length && DayPeriods.TryMatch(line[at..], out var length, out var half))
        {
            pos = at + length;
            return half;
        }

        return Meridiem.None;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryReadBodyStart(ReadOnlySpan<char> line, int pos, bool bracket, out HeaderLayout layout, out int bodyStart)
    {
        layout = bracket ? HeaderLayout.Ios : HeaderLayout.Android;
        bodyStart = pos;
        var rest = line.Length - pos;
        if (rest >= 2 && DayPeriods.IsSpace(line[pos]) && line[pos + 1] == '-' && (rest == 2 || DayPeriods.IsSpace(line[pos + 2])))
        {
            layout = HeaderLayout.Android;
            bodyStart = Math.Min(pos + 3, line.Length);
            return true;
        }

        if (bracket)
        {
            bodyStart = rest > 0 && DayPeriods.IsSpace(line[pos]) ? pos + 1 : pos;
            return true;
        }

        if (rest >= 2 && line[pos] == ':' && DayPeriods.IsSpace(line[pos + 1]))
        {
            layout = HeaderLayout.TimeColon;
            bodyStart = pos + 2;
            return true;
        }

        if (rest >= 2 && line[pos] == ' ')
        {
            layout = HeaderLayout.Bare;
            bodyStart = pos + 1;
            return true;
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryReadNumber(ReadOnlySpan<char> line, ref int pos, int maxDigits, out int value, out int digits)
    {
        value = 0;
        digits = 0;
        while (pos < line.Length && char.IsAsciiDigit(line[pos]))
        {
            if (++digits > maxDigits)
            {
                return false;
            }

            value = (value * 10) + (line[pos] - '0');
            pos++;
        }

        return digits > 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipOneSpace(ReadOnlySpan<char> line, int pos) =>
        pos < line.Length && line[pos] == ' ' ? pos + 1 : pos;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SkipSpaces(ReadOnlySpan<char> line, ref int pos)
    {
        var start = pos;
        while (pos < line.Length && DayPeriods.IsSpace(line[pos]))
        {
            pos++;
        }

        return pos > start;
    }
}
