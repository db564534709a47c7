namespace TranscriptLens.Classification.Features;

/// <summary>Where each column of <see cref="ModelInput"/> sits in the concatenated <c>Features</c> vector.</summary>
internal static class FeatureLayout
{
    /// <summary>The columns concatenated into <c>Features</c>, in slot order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        [nameof(ModelInput.Text), nameof(ModelInput.PreviousText), nameof(ModelInput.Context), nameof(ModelInput.Shape), nameof(ModelInput.Lexicon)];

    /// <summary>First slot of the own text's n-grams.</summary>
    public const int Text = 0;

    /// <summary>First slot of the previous text's n-grams.</summary>
    public const int PreviousText = TextVector.Size;

    /// <summary>First slot of the context vector.</summary>
    public const int Context = 2 * TextVector.Size;

    /// <summary>First slot of the shape vector.</summary>
    public const int Shape = Context + ContextVector.Size;

    /// <summary>First slot of the lexicon vector.</summary>
    public const int Lexicon = Shape + ShapeVector.Size;

    /// <summary>Length of <c>Features</c>.</summary>
    public const int Size = Lexicon + LexiconVector.Size;
}
