using System.Globalization;

namespace TranscriptLens.Core.Reporting.Html;

/// <summary>Numbers, shares and durations as the report prints them (invariant culture, real minus sign).</summary>
internal static class ValueText
{
    /// <summary>The value in the given format.</summary>
    public static string Format(double value, ValueFormat format) => format switch
    {
        ValueFormat.Percent => Percent(value),
        ValueFormat.Number => Number(value),
        ValueFormat.Signed => Signed(value),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>A share in [0, 1] as a whole percentage: 0.6349 → "63%".</summary>
    public static string Percent(double share)
    {
        var rounded = Math.Round(share * 100, MidpointRounding.AwayFromZero);
        return Minus((rounded == 0 ? 0 : rounded).ToString("0", CultureInfo.InvariantCulture)) + "%";
    }

    /// <summary>A number with thousands separators and at most one decimal.</summary>
    public static string Number(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return Minus((rounded == 0 ? 0 : rounded).ToString("#,0.#", CultureInfo.InvariantCulture));
    }

    /// <summary>A score with an explicit sign and two decimals: "+0.34", "−0.12", "0.00".</summary>
    public static string Signed(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        var text = Math.Abs(rounded).ToString("0.00", CultureInfo.InvariantCulture);
        return rounded > 0 ? "+" + text : rounded < 0 ? "\u2212" + text : text;
    }

    /// <summary>A duration in the largest unit that keeps it readable: "40 s", "4 min", "1.5 h", "2 d".</summary>
    public static string Duration(double seconds)
    {
        if (!double.IsFinite(seconds) || seconds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "durations must be finite and non-negative");
        }

        return seconds switch
        {
            < 59.5 => Short(seconds, 1) + " s",
            < 3570 => Short(seconds / 60, 1) + " min",
            < 86400 * 0.995 => Short(seconds / 3600, 1) + " h",
            _ => Short(seconds / 86400, 1) + " d",
        };
    }

    // One decimal below 10 ("1.5 h"), none above ("38 min"); trailing ".0" dropped.
    private static string Short(double value, int decimals) =>
        value < 9.95
            ? Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture)
            : Math.Round(value, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);

    private static string Minus(string text) => text.StartsWith('-') ? "\u2212" + text[1..] : text;
}
