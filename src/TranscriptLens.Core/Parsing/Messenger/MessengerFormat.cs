using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.Messenger;

/// <summary>
/// Facebook Messenger and Instagram "Download your information" JSON (the classic, unencrypted
/// export) as one unit: sniffer, parser, and a single <c>message_1.json</c> writer.
/// </summary>
public sealed class MessengerFormat : IChatFormat
{
    /// <inheritdoc />
    public IChatParser Parser { get; } = new MessengerParser();

    /// <inheritdoc />
    public IFormatSniffer Sniffer { get; } = new MessengerSniffer();

    /// <inheritdoc />
    public string Name => Parser.Name;

    /// <inheritdoc />
    public string Description => Parser.Description;

    /// <inheritdoc />
    public string Extension => "json";

    /// <inheritdoc />
    /// <remarks>The thread is titled after the first of <paramref name="people"/>, as a DM is titled after the other person.</remarks>
    public void WriteSynthetic(IEnumerable<Message> history, IReadOnlyList<string> people, Stream output) =>
        MessengerExportWriter.Write(history, people, people[0], output);
}
