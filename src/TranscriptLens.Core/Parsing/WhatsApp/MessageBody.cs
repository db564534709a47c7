using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>What a message's body turned out to be.</summary>
/// <param name="Kind">Text, media, system or deleted.</param>
/// <param name="Text">The text: a caption for media, empty for deleted messages.</param>
/// <param name="Attachment">File name or media type for media.</param>
/// <param name="Edited">Whether the edited marker was removed.</param>
internal readonly record struct MessageBody(MessageKind Kind, string Text, string? Attachment, bool Edited);
