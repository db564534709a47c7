using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Tagging;

/// <summary>A message with its tags; <see cref="Tags"/> is null for system messages, which are never tagged.</summary>
public sealed record TaggedMessage(Message Message, MessageTags? Tags);
