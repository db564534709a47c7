namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>How a chart prints one value in its <see cref="ValueFormat"/>, through the report's one formatter.</summary>
internal static class ChartText
{
    /// <summary>The value in the given format: "64%", "1,204", "+0.34".</summary>
    public static string Format(double value, ValueFormat format) => format switch
    {
        ValueFormat.Percent => ReportText.Percent(value),
        ValueFormat.Number => ReportText.Number(value),
        ValueFormat.Signed => ReportText.Signed(value),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
