namespace TranscriptLens.Classification.Cards;

/// <summary>Grouped cross-validation: folds by a hash of the conversation id; means and each fold.</summary>
public sealed record CrossValidationJson(int Folds, SummaryJson Mean, IReadOnlyList<SummaryJson> PerFold);
