using System.Globalization;

namespace TranscriptLens.Core.Reporting;

/// <summary>How numbers read in the plain-text report (invariant culture, short units).</summary>
internal static class ReportText
{
    /// <summary><c>60%</c>, or <c>–</c> when there is no value.</summary>
    public static string Percent(double? rate) =>
        rate is { } r ? string.Create(CultureInfo.InvariantCulture, $"{r * 100:0}%") : "–";

    /// <summary><c>+0.21</c>, <c>-0.05</c>, or <c>–</c>.</summary>
    public static string Signed(double? score) =>
        score is { } s ? s.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "–";

    /// <summary><c>0.87</c>, or <c>–</c>.</summary>
    public static string Plain(double? score) =>
        score is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    /// <summary><c>1,234</c>.</summary>
    public static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A duration for people: <c>40 s</c>, <c>4 min</c>, <c>1.5 h</c>, <c>2.0 d</c>, or <c>–</c>.</summary>
    public static string Duration(double? seconds) => seconds switch
    {
        null => "–",
        < 60 => string.Create(CultureInfo.InvariantCulture, $"{seconds:0} s"),
        < 3600 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60:0} min"),
        < 86400 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:0.0} h"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{seconds / 86400:0.0} d"),
    };

    /// <summary>The names padded to one width.</summary>
    public static Func<string, string> Padder(IEnumerable<string> names)
    {
        var width = names.Select(n => n.Length).DefaultIfEmpty(0).Max();
        return name => name.PadRight(width);
    }
}
