using System.Text;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Output;

namespace TranscriptLens.Core.Parsing.Csv;

/// <summary>Generic CSV as one unit: sniffer, parser, and the writer <c>parse --out x.csv</c> uses.</summary>
public sealed class CsvFormat : IChatFormat
{
    /// <inheritdoc />
    public IChatParser Parser { get; } = new CsvChatParser();

    /// <inheritdoc />
    public IFormatSniffer Sniffer { get; } = new CsvChatSniffer();

    /// <inheritdoc />
    public string Name => Parser.Name;

    /// <inheritdoc />
    public string Description => Parser.Description;

    /// <inheritdoc />
    public string Extension => "csv";

    /// <inheritdoc />
    public void WriteSynthetic(IEnumerable<Message> history, IReadOnlyList<string> people, Stream output)
    {
        using var text = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        using var csv = new MessageCsvWriter(text);
        foreach (var message in history)
        {
            csv.Write(message);
        }
    }
}
