namespace TranscriptLens.Core.Diagnostics;

/// <summary>
/// Input that cannot be parsed at all (not this format, truncated JSON/XML, not a chat, a zip with
/// no chat inside). The CLI turns it into one line on stderr and exit code 3.
/// </summary>
public sealed class InputFormatException(string source, string message, long? line = null)
    : Exception(message)
{
    /// <summary>The file (or file!entry) that could not be read.</summary>
    public string File { get; } = source;

    /// <summary>1-based line or byte position where it went wrong, when known.</summary>
    public long? Position { get; } = line;

    /// <summary><c>file:line: message</c>.</summary>
    public string Describe() => Position is { } p ? $"{File}:{p}: {Message}" : $"{File}: {Message}";
}
