using System.Text;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>WhatsApp chat exports as one unit: sniffer, parser, and an Android-style synthetic writer.</summary>
public sealed class WhatsAppFormat : IChatFormat
{
    /// <inheritdoc />
    public IChatParser Parser { get; } = new WhatsAppParser();

    /// <inheritdoc />
    public IFormatSniffer Sniffer { get; } = new WhatsAppSniffer();

    /// <inheritdoc />
    public string Name => Parser.Name;

    /// <inheritdoc />
    public string Description => Parser.Description;

    /// <inheritdoc />
    public string Extension => "txt";

    /// <inheritdoc />
    public void WriteSynthetic(IEnumerable<Message> history, IReadOnlyList<string> people, Stream output)
    {
        using var text = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        WhatsAppExportWriter.Write(history, text);
    }
}
