namespace TranscriptLens.Classification.Evaluation;

/// <summary>One tagger's quality on a labelled set: both axes.</summary>
/// <param name="Tagger">The tagger's name.</param>
/// <param name="Engagement">Engagement, 4 labels.</param>
/// <param name="Initiating">Initiating, labels <c>initiating</c> and <c>not-initiating</c>; its F1 is the F1 of <c>initiating</c>.</param>
public sealed record TaggerMetrics(string Tagger, AxisMetrics Engagement, AxisMetrics Initiating)
{
    /// <summary>F1 of the initiating class.</summary>
    public double InitiatingF1 => Initiating.For(TaggerEvaluator.InitiatingLabel).F1;
}
