using Microsoft.ML.Data;

namespace TranscriptLens.Classification.Features;

/// <summary>
/// One row as both models see it: every column is computed in C# (<see cref="FeatureExtractor"/>) and
/// concatenated by ML.NET into <see cref="FeatureLayout"/> order. Every vector depends on one thing
/// only (the message's own text, the previous text, or the timing context), which is what lets
/// <see cref="Tagging.LinearMessageTagger"/> cache the text parts per unique text.
/// </summary>
internal sealed class ModelInput
{
    /// <summary>Hashed word and character n-grams of the message text (<see cref="TextVector"/>).</summary>
    [VectorType(TextVector.Size)]
    public VBuffer<float> Text { get; set; } = new(TextVector.Size, 0, [], []);

    /// <summary>The same for the previous message's text (empty for the first message).</summary>
    [VectorType(TextVector.Size)]
    public VBuffer<float> PreviousText { get; set; } = new(TextVector.Size, 0, [], []);

    /// <summary>Timing and turn context (<see cref="ContextVector"/>).</summary>
    [VectorType(ContextVector.Size)]
    public float[] Context { get; set; } = new float[ContextVector.Size];

    /// <summary>Length, emoji and punctuation of the own text (<see cref="ShapeVector"/>).</summary>
    [VectorType(ShapeVector.Size)]
    public float[] Shape { get; set; } = new float[ShapeVector.Size];

    /// <summary>Lexicon features of the own text (<see cref="LexiconVector"/>).</summary>
    [VectorType(LexiconVector.Size)]
    public float[] Lexicon { get; set; } = new float[LexiconVector.Size];

    /// <summary>Gold engagement as a key: the <see cref="Core.Tagging.Engagement"/> value (LoadFromEnumerable reads a key field 0-based, so class k is Engagement k).</summary>
    [KeyType(4)]
    public uint Engagement { get; set; }

    /// <summary>Gold initiating.</summary>
    public bool Initiating { get; set; }

    /// <summary>Training weight of the row for the engagement model (class balancing).</summary>
    public float EngagementWeight { get; set; } = 1;

    /// <summary>Training weight of the row for the initiating model (class balancing).</summary>
    public float InitiatingWeight { get; set; } = 1;
}
