using System.Globalization;

namespace TranscriptLens.Core.Analysis;

/// <summary>
/// Durations as users write them on the command line and read them in reports: a whole number and
/// a unit, <c>30s</c>, <c>90m</c>, <c>4h</c>, <c>1d</c>.
/// </summary>
public static class DurationSyntax
{
    /// <summary>Parses <c>&lt;number&gt;&lt;s|m|h|d&gt;</c> (case-insensitive; a decimal number is allowed, e.g. <c>1.5h</c>).</summary>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var value = text?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(value) || value.Length < 2)
        {
            return false;
        }

        var unit = value[^1] switch
        {
            's' => TimeSpan.FromSeconds(1),
            'm' => TimeSpan.FromMinutes(1),
            'h' => TimeSpan.FromHours(1),
            'd' => TimeSpan.FromDays(1),
            _ => TimeSpan.Zero,
        };
        if (unit == TimeSpan.Zero
            || !double.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || amount <= 0 || amount > 3650)
        {
            return false;
        }

        duration = TimeSpan.FromTicks((long)Math.Round(amount * unit.Ticks));
        return true;
    }

    /// <summary>The shortest exact form: <c>1d</c>, <c>4h</c>, <c>90m</c>, <c>30s</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        var seconds = duration.TotalSeconds;
        foreach (var (unit, size) in (ReadOnlySpan<(string, double)>)[("d", 86400), ("h", 3600), ("m", 60)])
        {
            if (seconds >= size && seconds % size == 0)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{seconds / size}{unit}");
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{seconds}s");
    }
}
