namespace TranscriptLens.Core.Model;

/// <summary>
/// One normalised message. Every parser produces these; everything downstream reads only these.
/// </summary>
/// <param name="Index">0-based position in time order within its conversation.</param>
/// <param name="Timestamp">When it was sent (naive local time or an instant).</param>
/// <param name="Sender">Display name of the author; null for system messages.</param>
/// <param name="Text">The text with its line breaks (a media caption; empty when there is none).</param>
/// <param name="Kind">Text, media, system or deleted.</param>
public sealed record Message(int Index, ChatTime Timestamp, string? Sender, string Text, MessageKind Kind)
{
    /// <summary>Attachment file name (or media type when the export omitted the file), if any.</summary>
    public string? Attachment { get; init; }

    /// <summary>True when the source marked the message as edited.</summary>
    public bool Edited { get; init; }

    /// <summary>1-based line in the source file where the message starts, when the source is line-based.</summary>
    public int? Line { get; init; }

    /// <summary>Chat name for sources that hold several chats (Telegram full export, Messenger/Instagram export zip).</summary>
    public string? Chat { get; init; }

    /// <summary>Thread key for sources that hold several threads (SMS backup).</summary>
    public string? Thread { get; init; }

    /// <summary>The conversation this message belongs to (chat or thread), or null for a single-chat source.</summary>
    public string? Conversation => Thread ?? Chat;
}
