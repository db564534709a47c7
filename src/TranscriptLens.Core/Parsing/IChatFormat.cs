using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing;

/// <summary>
/// One export format as a unit: how it is recognised, how it is read, and how a synthetic export of
/// it is written (for round-trip tests, the hidden <c>generate</c> command and the benchmarks). Each
/// format is one folder under <c>Parsing/</c> with one class implementing this; the shipped list is
/// <c>Formats.ChatFormats.All</c>, so adding a format is one folder and one line.
/// </summary>
public interface IChatFormat
{
    /// <summary>The name used by <c>--format</c> (lowercase, e.g. <c>whatsapp</c>).</summary>
    string Name { get; }

    /// <summary>One line for <c>transcriptlens formats</c>.</summary>
    string Description { get; }

    /// <summary>The file extension of a typical export, without the dot (<c>txt</c>, <c>xml</c>…).</summary>
    string Extension { get; }

    /// <summary>Reads the format.</summary>
    IChatParser Parser { get; }

    /// <summary>Recognises the format from an input's first bytes (and a zip's entries).</summary>
    IFormatSniffer Sniffer { get; }

    /// <summary>
    /// Writes <paramref name="history"/> as an export of this format to <paramref name="output"/>
    /// (UTF-8). <paramref name="people"/> are the participants in order; formats that know whose
    /// device an export came from take the first (an SMS phone's owner) or the last (a Telegram exporter).
    /// </summary>
    void WriteSynthetic(IEnumerable<Message> history, IReadOnlyList<string> people, Stream output);
}
