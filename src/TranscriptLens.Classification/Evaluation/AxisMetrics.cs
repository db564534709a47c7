namespace TranscriptLens.Classification.Evaluation;

/// <summary>
/// Quality on one axis, from its confusion matrix: accuracy (share of messages labelled as gold),
/// macro-F1 (unweighted mean of per-label F1, so rare labels count as much as common ones),
/// per-label precision/recall/F1. <see cref="Confusion"/>[gold][predicted], in <see cref="Labels"/> order.
/// </summary>
public sealed record AxisMetrics(IReadOnlyList<string> Labels, int[][] Confusion)
{
    /// <summary>Messages counted.</summary>
    public int Count => Confusion.Sum(r => r.Sum());

    /// <summary>Share of messages whose predicted label equals the gold label.</summary>
    public double Accuracy => Count == 0 ? 0 : (double)Enumerable.Range(0, Labels.Count).Sum(i => Confusion[i][i]) / Count;

    /// <summary>Per-label scores.</summary>
    public IReadOnlyList<LabelScores> PerLabel => Enumerable.Range(0, Labels.Count).Select(Score).ToArray();

    /// <summary>Mean F1 over the labels.</summary>
    public double MacroF1 => PerLabel.Average(s => s.F1);

    /// <summary>The scores of one label by name.</summary>
    public LabelScores For(string label) => PerLabel.Single(s => s.Label == label);

    /// <summary>Counts one message.</summary>
    public void Add(int gold, int predicted) => Confusion[gold][predicted]++;

    /// <summary>An empty matrix for <paramref name="labels"/>.</summary>
    public static AxisMetrics Empty(IReadOnlyList<string> labels) =>
        new(labels, labels.Select(_ => new int[labels.Count]).ToArray());

    private LabelScores Score(int i)
    {
        var truePositive = Confusion[i][i];
        var predicted = Enumerable.Range(0, Labels.Count).Sum(g => Confusion[g][i]);
        var gold = Confusion[i].Sum();
        var precision = predicted == 0 ? 0 : (double)truePositive / predicted;
        var recall = gold == 0 ? 0 : (double)truePositive / gold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new LabelScores(Labels[i], precision, recall, f1, gold);
    }
}
