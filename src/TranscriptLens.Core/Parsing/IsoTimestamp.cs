using System.Globalization;
using System.Text.RegularExpressions;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing;

/// <summary>
/// ISO 8601 date-times as exports write them (<c>2024-03-14T21:05:17</c>, with <c>T</c> or a space,
/// optional seconds and fraction, optional <c>Z</c>/<c>+01:00</c>/<c>+0100</c>/<c>+01</c>): with an
/// offset the result is an instant, without one it is naive local time. Culture-free by
/// construction (a regex, not <c>DateTime.Parse</c>), so <c>03/14/2024</c> is never guessed at.
/// </summary>
internal static partial class IsoTimestamp
{
    /// <summary>Parses <paramref name="text"/>; false when it is not an ISO 8601 date-time.</summary>
    public static bool TryParse(string text, out ChatTime time)
    {
        time = default;
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        int Part(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture) : 0;
        var (year, month, day, hour, minute, second) = (Part(1), Part(2), Part(3), Part(4), Part(5), Part(6));
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var clock = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        if (match.Groups[7].Success)
        {
            var fraction = match.Groups[7].Value.PadRight(7, '0');
            clock = clock.AddTicks(long.Parse(fraction, CultureInfo.InvariantCulture));
        }

        if (!match.Groups[8].Success)
        {
            time = ChatTime.Naive(clock);
            return true;
        }

        var zone = match.Groups[8].Value;
        var offset = TimeSpan.Zero;
        if (zone != "Z" && zone != "z")
        {
            var digits = zone[1..].Replace(":", string.Empty, StringComparison.Ordinal);
            var hours = int.Parse(digits.AsSpan(0, 2), CultureInfo.InvariantCulture);
            var minutes = digits.Length == 4 ? int.Parse(digits.AsSpan(2, 2), CultureInfo.InvariantCulture) : 0;
            if (hours > 14 || minutes > 59)
            {
                return false;
            }

            offset = new TimeSpan(hours, minutes, 0) * (zone[0] == '-' ? -1 : 1);
        }

        time = ChatTime.Instant(new DateTimeOffset(clock, offset));
        return true;
    }

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]{1,7})[0-9]*)?)?\s?(Z|z|[+-][0-9]{2}(?::?[0-9]{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
