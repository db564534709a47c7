using TranscriptLens.Core.Tagging;
using TranscriptLens.Core.Tagging.Baseline;

namespace TranscriptLens.Tests.Infrastructure;

/// <summary>
/// Gives commands the shipped deterministic <see cref="KeywordBaselineTagger"/> instead of the ML
/// models, so a CLI test knows each message's tags from the baseline's word lists and can check
/// them by hand. Records the <c>--models</c> value it was asked to load from.
/// </summary>
internal sealed class BaselineTaggerProvider : ITaggerProvider
{
    /// <summary>The models directory of the last <see cref="Load"/> (null: the default location).</summary>
    public string? LoadedFrom { get; private set; }

    public IMessageTagger Load(string? modelsDirectory)
    {
        LoadedFrom = modelsDirectory;
        return new KeywordBaselineTagger();
    }
}
