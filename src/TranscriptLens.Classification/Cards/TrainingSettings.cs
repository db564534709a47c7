using TranscriptLens.Classification.Features;

namespace TranscriptLens.Classification.Cards;

/// <summary>Everything that decides a trained model besides the data; recorded in the model card.</summary>
public sealed record TrainingSettings
{
    /// <summary>Seed of <c>MLContext</c>; with single-threaded trainers the same data gives the same model.</summary>
    public int Seed { get; init; } = 20240302;

    /// <summary>Engagement trainer: <c>sdca-maxent</c> or <c>lbfgs-maxent</c>.</summary>
    public string EngagementTrainer { get; init; } = "lbfgs-maxent";

    /// <summary>Initiating trainer: <c>sdca-logistic</c> or <c>lbfgs-logistic</c>.</summary>
    public string InitiatingTrainer { get; init; } = "sdca-logistic";

    /// <summary>
    /// L2 regularisation of the SDCA trainers, null for ML.NET's data-dependent default. SDCA averages
    /// the loss over rows while L-BFGS sums it, so the two scales are not comparable.
    /// </summary>
    public float? SdcaL2 { get; init; }

    /// <summary>L2 regularisation of the L-BFGS engagement model (loss summed over rows; not used by <c>sdca-maxent</c>).</summary>
    public float EngagementL2 { get; init; } = 1f;

    /// <summary>L2 regularisation of the L-BFGS initiating model (not used by <c>sdca-logistic</c>, which uses <see cref="SdcaL2"/>).</summary>
    public float InitiatingL2 { get; init; } = 1f;

    /// <summary>
    /// How much engagement classes are balanced: each row is weighted by (mean class count / its
    /// class count) raised to this power; 0 = no balancing, 1 = fully balanced. Macro-F1 counts
    /// the rare <c>deflecting</c> as much as the common <c>neutral</c>.
    /// </summary>
    public float EngagementBalance { get; init; } = 0.5f;

    /// <summary>Weight of initiating rows relative to the others (initiating is about a fifth of messages).</summary>
    public float InitiatingPositiveWeight { get; init; } = 1.5f;

    /// <summary>How the text is featurised (fixed in code; recorded so the card says it).</summary>
    public string TextFeatures { get; init; } =
        "hashed word unigrams, bigrams and opening word (2^15 slots) and character trigrams (2^15 slots), each block L2-normalised; for the own text and the previous text";

    /// <summary>The feature families.</summary>
    public FeatureFamilies Families { get; init; } = FeatureFamilies.All;

    /// <summary>Share of conversations held out (by a hash of the conversation id).</summary>
    public int HeldOutPercent { get; init; } = 20;
}
