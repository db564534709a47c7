namespace TranscriptLens.Classification.Evaluation;

/// <summary>One tagger's quality on a labelled set: both axes.</summary>
/// <param name="Tagger">The tagger's name.</param>
/// <param name="Engagement">Engagement, 4 labels.</param>
/// <param name="Initiating">Initiating, labels <c>initiating</c> and <c>not-initiating</c>; its F1 is the F1 of <c>initiating</c>.</param>
/// <param name="InitiatingWithinSessions">
/// Initiating on the messages that do not start a session: the part the session-gap rule cannot
/// decide (new topics, reaching out again), where a tagger shows what it adds.
/// </param>
public sealed record TaggerMetrics(string Tagger, AxisMetrics Engagement, AxisMetrics Initiating, AxisMetrics InitiatingWithinSessions)
{
    /// <summary>F1 of the initiating class.</summary>
    public double InitiatingF1 => Initiating.For(TaggerEvaluator.InitiatingLabel).F1;

    /// <summary>F1 of the initiating class on messages that do not start a session.</summary>
    public double InitiatingWithinSessionsF1 => InitiatingWithinSessions.For(TaggerEvaluator.InitiatingLabel).F1;
}
