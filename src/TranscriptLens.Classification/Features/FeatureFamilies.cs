namespace TranscriptLens.Classification.Features;

/// <summary>
/// Which feature families a model is trained with (the ablation switches). A family that is off is
/// fed as zeros (or, for the previous text, as an empty text), so its weights stay zero and the
/// tagger needs no switch of its own.
/// </summary>
public sealed record FeatureFamilies
{
    /// <summary>Word unigrams and bigrams of the message.</summary>
    public bool WordNgrams { get; init; } = true;

    /// <summary>Character n-grams of the message (typos, slang, other languages, emoji).</summary>
    public bool CharNgrams { get; init; } = true;

    /// <summary>Timing and turn context (<see cref="ContextVector"/>).</summary>
    public bool Context { get; init; } = true;

    /// <summary>The previous message's text n-grams.</summary>
    public bool PreviousText { get; init; } = true;

    /// <summary>Length, emoji and punctuation (<see cref="ShapeVector"/>).</summary>
    public bool Shape { get; init; } = true;

    /// <summary>VADER and Empath lexicon features (<see cref="LexiconVector"/>).</summary>
    public bool Lexicon { get; init; } = true;

    /// <summary>Everything on.</summary>
    public static FeatureFamilies All { get; } = new();

    /// <summary>The names of the families that are on.</summary>
    public IReadOnlyList<string> Enabled()
    {
        var names = new List<string>();
        if (WordNgrams) names.Add("word-ngrams");
        if (CharNgrams) names.Add("char-ngrams");
        if (Context) names.Add("context");
        if (PreviousText) names.Add("previous-text");
        if (Shape) names.Add("shape");
        if (Lexicon) names.Add("lexicon");
        return names;
    }
}
