using Microsoft.ML;
using TranscriptLens.Classification.Tagging;

namespace TranscriptLens.Classification.Training;

/// <summary>
/// The two fitted models (each a full chain: featurisation, then the linear predictor) and the schema
/// of the rows they were trained on. Both chains share one fitted featuriser.
/// </summary>
public sealed record TrainedModels(MLContext Context, ITransformer Engagement, ITransformer Initiating, DataViewSchema InputSchema)
{
    /// <summary>Writes <see cref="ModelFiles.EngagementFile"/> and <see cref="ModelFiles.InitiatingFile"/> into <paramref name="directory"/>.</summary>
    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        Context.Model.Save(Engagement, InputSchema, Path.Combine(directory, ModelFiles.EngagementFile));
        Context.Model.Save(Initiating, InputSchema, Path.Combine(directory, ModelFiles.InitiatingFile));
    }
}
