namespace TranscriptLens.Classification.Evaluation;

/// <summary>Precision, recall and F1 of one label (each 0..1; 0 when undefined), and its gold count.</summary>
public sealed record LabelScores(string Label, double Precision, double Recall, double F1, int Support);
