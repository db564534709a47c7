using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.Telegram;

/// <summary>Telegram Desktop JSON as one unit: sniffer, parser, and a single-chat <c>result.json</c> writer.</summary>
public sealed class TelegramFormat : IChatFormat
{
    /// <inheritdoc />
    public IChatParser Parser { get; } = new TelegramParser();

    /// <inheritdoc />
    public IFormatSniffer Sniffer { get; } = new TelegramSniffer();

    /// <inheritdoc />
    public string Name => Parser.Name;

    /// <inheritdoc />
    public string Description => Parser.Description;

    /// <inheritdoc />
    public string Extension => "json";

    /// <inheritdoc />
    /// <remarks>The last of <paramref name="people"/> exported the chat: it is named after them.</remarks>
    public void WriteSynthetic(IEnumerable<Message> history, IReadOnlyList<string> people, Stream output) =>
        TelegramExportWriter.Write(history, people[^1], output);
}
