using TranscriptLens.Core.Diagnostics;

namespace TranscriptLens.Core.Parsing.Discord;

/// <summary>
/// Messages or rows that could not be read: the first few as warnings with their line and a short
/// excerpt (<see cref="DiagnosticBag.Warn"/> keeps at most 120 characters), then one count.
/// </summary>
internal sealed class DiscordSkips(string source, DiagnosticBag diagnostics, string what)
{
    private const int DetailedWarnings = 10;

    private int _skipped;

    /// <summary>Reports one skipped message or row.</summary>
    public void Skip(int? line, string message, string raw)
    {
        if (++_skipped <= DetailedWarnings)
        {
            diagnostics.Warn(source, line, message, raw.TrimEnd('\r', '\n').ReplaceLineEndings(" "), DiagnosticKind.Skipped);
        }
    }

    /// <summary>Adds the count beyond the detailed warnings.</summary>
    public void Report()
    {
        if (_skipped > DetailedWarnings)
        {
            diagnostics.Warn(source, null, $"{_skipped} {what}(s) in all could not be read and were skipped",
                kind: DiagnosticKind.Skipped, occurrences: _skipped - DetailedWarnings);
        }
    }
}
