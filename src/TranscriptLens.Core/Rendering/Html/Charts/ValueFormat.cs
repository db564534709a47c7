namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>How a chart prints its values.</summary>
internal enum ValueFormat
{
    /// <summary>A share in [0, 1], printed as a whole percentage ("64%").</summary>
    Percent,

    /// <summary>A count or plain number, printed with at most one decimal.</summary>
    Number,

    /// <summary>A score around zero, printed with a sign and two decimals ("+0.34", "−0.12").</summary>
    Signed,
}
