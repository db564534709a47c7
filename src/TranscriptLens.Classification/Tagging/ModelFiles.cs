namespace TranscriptLens.Classification.Tagging;

/// <summary>
/// The file names of the two models in a models folder: what the trainer writes and the tagger
/// loads. They live beside the tagger because tagging must not depend on training.
/// </summary>
public static class ModelFiles
{
    /// <summary>File name of the engagement model.</summary>
    public const string EngagementFile = "engagement.zip";

    /// <summary>File name of the initiating model.</summary>
    public const string InitiatingFile = "initiating.zip";
}
