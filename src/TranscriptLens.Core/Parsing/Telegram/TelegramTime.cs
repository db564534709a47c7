using System.Globalization;
using System.Text.Json;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.Telegram;

/// <summary>
/// A message's time: <c>date_unixtime</c> (UTC seconds, written as a string) is an instant;
/// exports older than it have only <c>date</c>, the exporting computer's local wall clock without
/// an offset, which stays naive (docs/formats.md#telegram-time). A <c>date</c> that does carry an offset (some
/// generated files write <c>…Z</c>) is an instant.
/// </summary>
internal static class TelegramTime
{
    /// <summary>Reads the time; false when the message has no usable date.</summary>
    public static bool TryRead(JsonElement message, out ChatTime time)
    {
        if (message.TryGetProperty("date_unixtime", out var unix) && Seconds(unix) is { } seconds
            && seconds >= DateTimeOffset.MinValue.ToUnixTimeSeconds() && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            time = ChatTime.Instant(DateTimeOffset.FromUnixTimeSeconds(seconds));
            return true;
        }

        time = default;
        return message.TryGetProperty("date", out var date) && date.ValueKind == JsonValueKind.String
            && IsoTimestamp.TryParse(date.GetString()!, out time);
    }

    private static long? Seconds(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) => s,
        JsonValueKind.Number when value.TryGetInt64(out var n) => n,
        _ => null,
    };
}
