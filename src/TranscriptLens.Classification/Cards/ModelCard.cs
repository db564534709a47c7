using TranscriptLens.Classification.Data;
using TranscriptLens.Classification.Features;

namespace TranscriptLens.Classification.Cards;

/// <summary>
/// <c>model-card.json</c>: what the shipped models are, what they were trained on (files and their
/// SHA-256), how, and how well they do on conversations they never saw, next to the keyword baseline.
/// </summary>
public sealed record ModelCard
{
    /// <summary>Card format version.</summary>
    public int SchemaVersion { get; init; } = 1;

    /// <summary>UTC date and time of training (ISO 8601).</summary>
    public required string Created { get; init; }

    /// <summary>Microsoft.ML assembly version.</summary>
    public required string MlNetVersion { get; init; }

    /// <summary>Engagement labels in class order, and the initiating labels.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Labels { get; init; }

    /// <summary>Training data files.</summary>
    public required IReadOnlyList<DataFile> Data { get; init; }

    /// <summary>Message, conversation and label counts: all, training split, held-out split.</summary>
    public required IReadOnlyDictionary<string, CountsJson> Counts { get; init; }

    /// <summary>Seed, trainers, regularisation, n-grams, feature families, split.</summary>
    public required TrainingSettings Settings { get; init; }

    /// <summary>Rules that decide tags without a model.</summary>
    public IReadOnlyList<string> Rules { get; init; } =
    [
        "system messages: no tags (null)",
        "deleted messages: no tags (null); they have no text, but still count as turns downstream",
        "media with no caption: engagement minimal, confidence 1.0; initiating from the model",
    ];

    /// <summary>The shipped models on the held-out conversations.</summary>
    public required TaggerMetricsJson HeldOut { get; init; }

    /// <summary>The keyword baseline on the same held-out conversations.</summary>
    public required TaggerMetricsJson HeldOutBaseline { get; init; }

    /// <summary>Grouped k-fold cross-validation by conversation (means over folds), all data.</summary>
    public required CrossValidationJson CrossValidation { get; init; }

    /// <summary>Cross-validated figures with one feature family removed at a time (when run with --experiments).</summary>
    public IReadOnlyList<SummaryJson>? Ablation { get; init; }

    /// <summary>Cross-validated figures per trainer pair (when run with --experiments).</summary>
    public IReadOnlyList<SummaryJson>? Trainers { get; init; }
}
