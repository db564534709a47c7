using TranscriptLens.Core.Diagnostics;

namespace TranscriptLens.Core.Parsing.Messenger;

/// <summary>
/// Messages that could not be read, over all files of one input: the first few as warnings with
/// their file, line and a short excerpt (<see cref="DiagnosticBag.Warn"/> keeps at most 120
/// characters), then one count.
/// </summary>
internal sealed class MessengerSkips(string source, DiagnosticBag diagnostics)
{
    private const int DetailedWarnings = 10;

    private int _skipped;

    /// <summary>Reports one skipped message of the file <paramref name="file"/>.</summary>
    public void Skip(string file, int? line, string message, string raw)
    {
        if (++_skipped <= DetailedWarnings)
        {
            diagnostics.Warn(file, line, message, raw.ReplaceLineEndings(" "), DiagnosticKind.Skipped);
        }
    }

    /// <summary>Adds the count beyond the detailed warnings.</summary>
    public void Report()
    {
        if (_skipped > DetailedWarnings)
        {
            diagnostics.Warn(source, null, $"{_skipped} message(s) in all could not be read and were skipped",
                kind: DiagnosticKind.Skipped, occurrences: _skipped - DetailedWarnings);
        }
    }
}
