namespace TranscriptLens.Core.Tagging;

/// <summary>The two tags of one message (docs/labels.md).</summary>
/// <param name="Initiating">Opens an exchange instead of answering one.</param>
/// <param name="Engagement">The engagement label.</param>
/// <param name="Confidence">Probability of the chosen engagement label, in [0, 1].</param>
public readonly record struct MessageTags(bool Initiating, Engagement Engagement, float Confidence);
