namespace TranscriptLens.Core.Rendering.Html.Charts;

/// <summary>
/// One line over the periods of a <see cref="LineChartData"/>. A null value is a period without an
/// estimate and is drawn as a gap, never as zero.
/// </summary>
/// <param name="Name">The series name shown in the legend and tooltips (a person's name).</param>
/// <param name="Colour">The line colour.</param>
/// <param name="Values">One value per period, null where there is no estimate.</param>
/// <param name="Low">Lower ends of the interval band, one per period (null for no band there).</param>
/// <param name="High">Upper ends of the interval band, one per period.</param>
/// <param name="Notes">Extra tooltip text per period ("12 sessions"); null entries add nothing.</param>
internal sealed record LineSeries(
    string Name,
    string Colour,
    IReadOnlyList<double?> Values,
    IReadOnlyList<double?>? Low = null,
    IReadOnlyList<double?>? High = null,
    IReadOnlyList<string?>? Notes = null);
