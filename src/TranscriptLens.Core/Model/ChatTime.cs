using System.Globalization;

namespace TranscriptLens.Core.Model;

/// <summary>
/// A message time as the source gives it. <see cref="Clock"/> is always the wall-clock time
/// (kind Unspecified). <see cref="Offset"/> is present when the source recorded an instant
/// (epoch milliseconds, <c>date_unixtime</c>, ISO 8601 with offset) and absent for naive local
/// time (WhatsApp, most CSV), which is never silently converted.
/// </summary>
public readonly record struct ChatTime(DateTime Clock, TimeSpan? Offset)
{
    /// <summary>A naive wall-clock time with no zone.</summary>
    public static ChatTime Naive(DateTime clock) =>
        new(DateTime.SpecifyKind(clock, DateTimeKind.Unspecified), null);

    /// <summary>An instant, kept with the offset it was written in.</summary>
    public static ChatTime Instant(DateTimeOffset instant) =>
        new(DateTime.SpecifyKind(instant.DateTime, DateTimeKind.Unspecified), instant.Offset);

    /// <summary>Whether the source recorded an instant rather than naive local time.</summary>
    public bool IsInstant => Offset.HasValue;

    /// <summary>
    /// The value used for ordering and for gaps: UTC ticks for instants, wall-clock ticks for naive
    /// times (one source never mixes the two).
    /// </summary>
    public long Ticks => Offset is { } offset ? Clock.Ticks - offset.Ticks : Clock.Ticks;

    /// <summary>Seconds from <paramref name="earlier"/> to this time.</summary>
    public double SecondsSince(ChatTime earlier) => (Ticks - earlier.Ticks) / (double)TimeSpan.TicksPerSecond;

    /// <summary>
    /// Converts an instant to the given zone; a naive time is declared to be in that zone (it keeps
    /// its wall clock and gains the zone's offset at that moment).
    /// </summary>
    public ChatTime ToZone(TimeZoneInfo zone)
    {
        if (Offset is not { } offset)
        {
            return Instant(new DateTimeOffset(Clock, zone.GetUtcOffset(Clock)));
        }

        var instant = new DateTimeOffset(Clock, offset);
        return Instant(TimeZoneInfo.ConvertTime(instant, zone));
    }

    /// <summary>
    /// Writes the text of <see cref="ToString"/> as UTF-8 without allocating: output writers call this
    /// once per message, millions of times per history. False when <paramref name="destination"/> is
    /// shorter than 25 bytes.
    /// </summary>
    public bool TryFormatUtf8(Span<byte> destination, out int written)
    {
        // "s" is the invariant, allocation-free fast path for yyyy-MM-dd'T'HH:mm:ss.
        if (!Clock.TryFormat(destination, out written, "s", CultureInfo.InvariantCulture))
        {
            return false;
        }

        if (Offset is not { } offset)
        {
            return true;
        }

        if (destination.Length < written + 6)
        {
            return false;
        }

        var minutes = (int)Math.Abs(offset.Ticks / TimeSpan.TicksPerMinute);
        destination[written] = offset < TimeSpan.Zero ? (byte)'-' : (byte)'+';
        destination[written + 1] = (byte)('0' + (minutes / 600));
        destination[written + 2] = (byte)('0' + (minutes / 60 % 10));
        destination[written + 3] = (byte)':';
        destination[written + 4] = (byte)('0' + (minutes % 60 / 10));
        destination[written + 5] = (byte)('0' + (minutes % 10));
        written += 6;
        return true;
    }

    /// <summary>ISO 8601: <c>yyyy-MM-ddTHH:mm:ss</c> for naive times, with <c>+hh:mm</c> for instants.</summary>
    public override string ToString() => Offset is { } offset
        ? new DateTimeOffset(Clock, offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
        : Clock.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
