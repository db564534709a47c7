using Microsoft.ML;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Classification.Tagging;

/// <summary>
/// Loads <c>engagement.zip</c> and <c>initiating.zip</c> from <c>--models DIR</c>, or from the
/// <c>models/</c> folder beside the program (the shipped models are copied there at build time), so
/// tagging works from any working directory. Anything wrong with the files is a
/// <see cref="ModelLoadException"/> naming the file, never a crash.
/// </summary>
public sealed class MlTaggerProvider : ITaggerProvider
{
    /// <summary>The shipped models' folder: <c>models/</c> beside the program.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "models");

    /// <inheritdoc />
    public IMessageTagger Load(string? modelsDirectory)
    {
        var directory = modelsDirectory ?? DefaultDirectory;
        var ml = new MLContext(seed: 0);
        var engagement = LoadModel(ml, Path.Combine(directory, ModelFiles.EngagementFile));
        var initiating = LoadModel(ml, Path.Combine(directory, ModelFiles.InitiatingFile));
        try
        {
            return new LinearMessageTagger(engagement, initiating);
        }
        catch (Exception e) when (e is not ModelLoadException)
        {
            throw new ModelLoadException($"{directory}: the models do not fit together ({e.Message}); retrain with 'transcriptlens train'", e);
        }
    }

    private static ITransformer LoadModel(MLContext ml, string path)
    {
        if (!File.Exists(path))
        {
            throw new ModelLoadException($"{path}: model file not found; pass --models DIR or retrain with 'transcriptlens train'");
        }

        try
        {
            return ml.Model.Load(path, out _);
        }
        catch (Exception e)
        {
            throw new ModelLoadException($"{path}: not a readable model file ({e.GetType().Name}); retrain with 'transcriptlens train'", e);
        }
    }
}
