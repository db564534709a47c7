namespace TranscriptLens.Core.Tagging;

/// <summary>
/// Loads the tagger that commands use: the shipped ML models by default (they travel with the built
/// program), or the ones in <c>--models DIR</c>. A missing or corrupt model throws
/// <see cref="Diagnostics.ModelLoadException"/>.
/// </summary>
public interface ITaggerProvider
{
    /// <summary>Loads the tagger from <paramref name="modelsDirectory"/>, or the default location when null.</summary>
    IMessageTagger Load(string? modelsDirectory);
}
