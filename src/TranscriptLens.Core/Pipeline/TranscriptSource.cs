using TranscriptLens.Core.Parsing;

namespace TranscriptLens.Core.Pipeline;

/// <summary>One export to read, and how: the input, the format if the user forced one, and the parse options.</summary>
/// <param name="Input">The export (a file, or bytes in memory).</param>
/// <param name="Format">The format name given with <c>--format</c>, or null to detect it from the first bytes.</param>
/// <param name="Options">What the user told the parsers (their name, time zone, chat or thread).</param>
public sealed record TranscriptSource(ChatInput Input, string? Format, ParseOptions Options)
{
    /// <summary>The name reports show for this export: its file name without the directory.</summary>
    public string DisplayName => Path.GetFileName(Input.Name);

    /// <summary>A file on disk, read with <paramref name="options"/> (default options when null).</summary>
    public static TranscriptSource FromFile(string path, string? format = null, ParseOptions? options = null) =>
        new(ChatInput.FromFile(path), format, options ?? ParseOptions.Default);
}
