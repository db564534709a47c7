namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>One estimate with its interval on a −1 to +1 scale.</summary>
/// <param name="Header">Identity and text alternative.</param>
/// <param name="Value">The estimate; null when there is not enough data.</param>
/// <param name="Low">The interval's lower end; null for none.</param>
/// <param name="High">The interval's upper end; null for none.</param>
/// <param name="NegativeSide">Who a negative value favours.</param>
/// <param name="PositiveSide">Who a positive value favours.</param>
/// <param name="NegativeColour">Tint of the negative half of the scale.</param>
/// <param name="PositiveColour">Tint of the positive half of the scale.</param>
/// <param name="MissingText">What to print on the scale when <paramref name="Value"/> is null.</param>
internal sealed record GaugeData(
    ChartHeader Header,
    double? Value,
    double? Low,
    double? High,
    string NegativeSide,
    string PositiveSide,
    string NegativeColour,
    string PositiveColour,
    string MissingText);
