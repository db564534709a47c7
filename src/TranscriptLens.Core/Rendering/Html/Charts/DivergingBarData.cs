namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>Bars growing left or right from a centre line on a −1 to +1 scale: which side each score leans to.</summary>
/// <param name="Header">Identity and text alternative.</param>
/// <param name="Rows">The scores, top to bottom.</param>
/// <param name="NegativeSide">Who a negative score favours ("Noa does more").</param>
/// <param name="PositiveSide">Who a positive score favours ("Ana does more").</param>
/// <param name="NegativeColour">Fill of bars below zero.</param>
/// <param name="PositiveColour">Fill of bars above zero.</param>
internal sealed record DivergingBarData(
    ChartHeader Header,
    IReadOnlyList<DivergingBarRow> Rows,
    string NegativeSide,
    string PositiveSide,
    string NegativeColour,
    string PositiveColour);
