using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Tagging;

/// <summary>
/// The tags no model decides (docs/labels.md): system lines are never tagged; deleted messages
/// have no text left to judge, so they are not tagged either (they still count as turns downstream);
/// media with no caption is <see cref="Engagement.Minimal"/> with confidence 1.
/// </summary>
public static class TaggingRules
{
    /// <summary>True when the message gets no tags at all.</summary>
    public static bool IsUntagged(Message message) => message.Kind is MessageKind.System or MessageKind.Deleted;

    /// <summary>True when the engagement label is fixed by rule (media without a caption).</summary>
    public static bool IsBareMedia(Message message) =>
        message.Kind == MessageKind.Media && string.IsNullOrWhiteSpace(message.Text)
        || message.Kind == MessageKind.Text && MediaPlaceholder.Is(message.Text);
}
