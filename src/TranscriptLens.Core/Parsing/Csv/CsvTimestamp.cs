using System.Globalization;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.Csv;

/// <summary>
/// A CSV time: ISO 8601 with an offset (an instant) or without (naive local time), or Unix epoch
/// seconds or milliseconds told apart by magnitude: 10^11 seconds is the year 5138, 10^11
/// milliseconds is 1973, so anything from 10^11 up is milliseconds. Epoch times are instants (UTC).
/// </summary>
internal static class CsvTimestamp
{
    private const double MillisecondsFrom = 1e11;

    /// <summary>Parses <paramref name="text"/>; false when it is neither ISO 8601 nor an epoch number.</summary>
    public static bool TryParse(string text, out ChatTime time)
    {
        var trimmed = text.Trim();
        if (IsoTimestamp.TryParse(trimmed, out time))
        {
            return true;
        }

        if (trimmed.Length == 0 || !trimmed.All(c => char.IsAsciiDigit(c) || c == '.')
            || !double.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var milliseconds = number >= MillisecondsFrom ? number : number * 1000;
        if (milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return false;
        }

        time = ChatTime.Instant(DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(milliseconds)));
        return true;
    }
}
