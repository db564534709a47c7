using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.Discord;

/// <summary>DiscordChatExporter (Tyrrrz) JSON and CSV as one unit: sniffer, parser, and a DM JSON writer.</summary>
public sealed class DiscordFormat : IChatFormat
{
    /// <inheritdoc />
    public IChatParser Parser { get; } = new DiscordParser();

    /// <inheritdoc />
    public IFormatSniffer Sniffer { get; } = new DiscordSniffer();

    /// <inheritdoc />
    public string Name => Parser.Name;

    /// <inheritdoc />
    public string Description => Parser.Description;

    /// <inheritdoc />
    public string Extension => "json";

    /// <inheritdoc />
    /// <remarks>Discord knows no "me": the DM channel is named after the first of <paramref name="people"/>.</remarks>
    public void WriteSynthetic(IEnumerable<Message> history, IReadOnlyList<string> people, Stream output) =>
        DiscordExportWriter.Write(history, people[0], output);
}
