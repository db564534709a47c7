namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>Round axis ticks (steps of 1, 2, 2.5 or 5 times a power of ten) covering a value range.</summary>
internal static class NiceTicks
{
    /// <summary>About <paramref name="target"/> ticks from a round number at or below <paramref name="min"/> to one at or above <paramref name="max"/>.</summary>
    public static IReadOnlyList<double> Cover(double min, double max, int target = 5)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
        {
            throw new ArgumentOutOfRangeException(nameof(min), "tick range must be finite");
        }

        if (max < min)
        {
            (min, max) = (max, min);
        }

        if (max - min < 1e-12)
        {
            var pad = Math.Abs(min) > 1e-12 ? Math.Abs(min) * 0.1 : 1;
            (min, max) = (min - pad, max + pad);
        }

        var step = Step((max - min) / Math.Max(1, target));
        var first = (long)Math.Floor((min / step) + 1e-9);
        var last = (long)Math.Ceiling((max / step) - 1e-9);
        // Round to the step's decimals so 3 × 0.2 is 0.6, not 0.6000000000000001.
        var decimals = Math.Clamp(1 - (int)Math.Floor(Math.Log10(step)), 0, 15);
        var ticks = new List<double>();
        for (var i = first; i <= last; i++)
        {
            ticks.Add(Math.Round(i * step, decimals));
        }

        return ticks;
    }

    private static double Step(double raw)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / magnitude;
        var nice = fraction switch
        {
            <= 1 => 1,
            <= 2 => 2,
            <= 2.5 => 2.5,
            <= 5 => 5,
            _ => 10,
        };
        return nice * magnitude;
    }
}
