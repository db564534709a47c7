using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.Csv;

/// <summary>The optional <c>kind</c> column: <c>text</c>, <c>media</c>, <c>system</c>, <c>deleted</c> (the names <c>parse</c> writes).</summary>
internal static class CsvKind
{
    /// <summary>The kind, text for an empty value, or null for a value it does not know.</summary>
    public static MessageKind? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "text" => MessageKind.Text,
        "media" => MessageKind.Media,
        "system" => MessageKind.System,
        "deleted" => MessageKind.Deleted,
        _ => null,
    };
}
