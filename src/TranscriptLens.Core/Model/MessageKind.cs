namespace TranscriptLens.Core.Model;

/// <summary>What a normalised message is: written text, a media placeholder, a system line or a tombstone.</summary>
public enum MessageKind
{
    /// <summary>Text written by a participant.</summary>
    Text,

    /// <summary>A photo, video, voice note, sticker, document or omitted-media placeholder (with any caption as text).</summary>
    Media,

    /// <summary>A line the app wrote (encryption notice, "created group", "added", calls): never tagged, never counted.</summary>
    System,

    /// <summary>A deleted message ("This message was deleted"): still a turn by its sender, but it has no text.</summary>
    Deleted,
}
