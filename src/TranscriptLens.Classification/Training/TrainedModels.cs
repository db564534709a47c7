using Microsoft.ML;

namespace TranscriptLens.Classification.Training;

/// <summary>
/// The two fitted models (each a full chain: featurisation, then the linear predictor) and the schema
/// of the rows they were trained on. Both chains share one fitted featuriser.
/// </summary>
public sealed record TrainedModels(MLContext Context, ITransformer Engagement, ITransformer Initiating, DataViewSchema InputSchema)
{
    /// <summary>File name of the engagement model.</summary>
    public const string EngagementFile = "engagement.zip";

    /// <summary>File name of the initiating model.</summary>
    public const string InitiatingFile = "initiating.zip";

    /// <summary>Writes <see cref="EngagementFile"/> and <see cref="InitiatingFile"/> into <paramref name="directory"/>.</summary>
    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        Context.Model.Save(Engagement, InputSchema, Path.Combine(directory, EngagementFile));
        Context.Model.Save(Initiating, InputSchema, Path.Combine(directory, InitiatingFile));
    }
}
