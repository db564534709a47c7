namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>
/// Maps positive values onto a pixel range logarithmically: reply times run from seconds to hours,
/// and on a linear axis everything under an hour would collapse into one sliver.
/// </summary>
internal readonly record struct LogScale(double DomainMin, double DomainMax, double RangeStart, double RangeEnd)
{
    /// <summary>The pixel position of <paramref name="value"/>, clamped to the domain (zero maps to the start).</summary>
    public double Map(double value)
    {
        var low = Math.Log(DomainMin);
        var span = Math.Log(DomainMax) - low;
        var clamped = Math.Clamp(value, DomainMin, DomainMax);
        var t = span <= 0 ? 0.5 : (Math.Log(clamped) - low) / span;
        return RangeStart + (t * (RangeEnd - RangeStart));
    }
}
