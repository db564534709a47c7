namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>Maps a value domain onto a pixel range (the range may run backwards, as the y axis does).</summary>
internal readonly record struct LinearScale(double DomainMin, double DomainMax, double RangeStart, double RangeEnd)
{
    /// <summary>The pixel position of <paramref name="value"/>; values outside the domain are clamped to it.</summary>
    public double Map(double value)
    {
        var span = DomainMax - DomainMin;
        var t = span == 0 ? 0.5 : (Math.Clamp(value, DomainMin, DomainMax) - DomainMin) / span;
        return RangeStart + (t * (RangeEnd - RangeStart));
    }
}
