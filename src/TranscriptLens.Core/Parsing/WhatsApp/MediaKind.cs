namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>The media type names used as <c>Attachment</c> when an export omitted the file itself.</summary>
internal static class MediaKind
{
    /// <summary>Android's <c>&lt;Media omitted&gt;</c>: the type is unknown.</summary>
    public const string Unknown = "media";

    /// <summary>A photo.</summary>
    public const string Image = "image";

    /// <summary>A video or video note.</summary>
    public const string Video = "video";

    /// <summary>A voice note or audio file.</summary>
    public const string Audio = "audio";

    /// <summary>A sticker.</summary>
    public const string Sticker = "sticker";

    /// <summary>An animated GIF.</summary>
    public const string Gif = "gif";

    /// <summary>A contact card.</summary>
    public const string Contact = "contact";

    /// <summary>A document (PDF, …).</summary>
    public const string Document = "document";
}
