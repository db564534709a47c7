using Microsoft.ML.Data;

namespace TranscriptLens.Classification.Features;

/// <summary>
/// One row as both models see it. The text columns are featurised by ML.NET (word and character
/// n-grams); the vectors are computed in C# by <see cref="FeatureExtractor"/>. Every vector depends
/// on one thing only (the message's own text, the previous text, or the timing context), which is
/// what lets <see cref="Tagging.LinearMessageTagger"/> cache the text parts per unique text.
/// </summary>
public sealed class ModelInput
{
    /// <summary>The message text, normalised by <see cref="ModelText"/>.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The previous message's text, normalised the same way (empty for the first message).</summary>
    public string PreviousText { get; set; } = string.Empty;

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
}
