namespace TranscriptLens.Classification.Cards;

/// <summary>The headline figures of one configuration (cross-validation means, ablation rows).</summary>
/// <param name="Name">What was measured (e.g. <c>without context</c>, <c>sdca-maxent + sdca-logistic</c>).</param>
/// <param name="EngagementMacroF1">Engagement macro-F1.</param>
/// <param name="EngagementAccuracy">Engagement accuracy.</param>
/// <param name="InitiatingF1">F1 of the initiating class.</param>
/// <param name="BaselineEngagementMacroF1">The keyword baseline's engagement macro-F1 on the same messages.</param>
/// <param name="BaselineInitiatingF1">The keyword baseline's initiating F1 on the same messages.</param>
/// <param name="InitiatingWithinSessionsF1">Initiating F1 on messages that do not start a session.</param>
/// <param name="BaselineInitiatingWithinSessionsF1">The baseline's initiating F1 on those messages.</param>
/// <param name="TrainingSeconds">Wall time of training (all folds), when measured.</param>
public sealed record SummaryJson(
    string Name,
    double EngagementMacroF1,
    double EngagementAccuracy,
    double InitiatingF1,
    double BaselineEngagementMacroF1,
    double BaselineInitiatingF1,
    double InitiatingWithinSessionsF1,
    double BaselineInitiatingWithinSessionsF1,
    double? TrainingSeconds = null);
