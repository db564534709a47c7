namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>How a legend entry draws its key.</summary>
internal enum LegendMark
{
    /// <summary>A filled square (bars, segments).</summary>
    Swatch,

    /// <summary>A line with a dot (a line series).</summary>
    Line,

    /// <summary>A pale band (an interval).</summary>
    Band,

    /// <summary>A dashed line (a reference).</summary>
    Dashed,

    /// <summary>A pale grey block (periods without an estimate).</summary>
    NoData,
}
