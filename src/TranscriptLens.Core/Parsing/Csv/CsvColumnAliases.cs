namespace TranscriptLens.Core.Parsing.Csv;

/// <summary>
/// Column names the generic CSV reader accepts (docs/formats.md#csv-columns), compared after
/// <see cref="Normalise"/>; within a list, earlier names win when a header has several.
/// </summary>
internal static class CsvColumnAliases
{
    /// <summary>One column holding the whole date and time.</summary>
    public static readonly string[] Timestamp = ["timestamp", "datetime", "date_time", "sent_at"];

    /// <summary>A date column, combined with <see cref="Time"/> when both exist.</summary>
    public const string Date = "date";

    /// <summary>A time column, combined with <see cref="Date"/> when both exist.</summary>
    public const string Time = "time";

    /// <summary>Who wrote the message.</summary>
    public static readonly string[] Sender = ["sender", "author", "from", "sender_name", "name"];

    /// <summary>The message text.</summary>
    public static readonly string[] Text = ["text", "message", "body", "content"];

    /// <summary>Optional: text, media, system, deleted.</summary>
    public static readonly string[] Kind = ["kind", "type"];

    /// <summary>Optional: attachment file name or media type.</summary>
    public static readonly string[] Attachment = ["attachment"];

    /// <summary>Optional: chat name (several chats in one file).</summary>
    public static readonly string[] Chat = ["chat", "conversation"];

    /// <summary>Optional: thread key (several threads in one file).</summary>
    public static readonly string[] Thread = ["thread", "thread_id"];

    /// <summary>Optional: true when the message was edited.</summary>
    public static readonly string[] Edited = ["edited"];

    /// <summary>What the error message lists as expected.</summary>
    public const string Expected =
        "timestamp (or datetime, sent_at, date, time), sender (or author, from, name, sender_name), text (or message, body, content)";

    /// <summary>Lowercase, trimmed, with spaces and dashes as underscores.</summary>
    public static string Normalise(string header) =>
        header.Trim().Trim('"').Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
}
