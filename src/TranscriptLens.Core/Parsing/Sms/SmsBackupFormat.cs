using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.Sms;

/// <summary>SMS Backup &amp; Restore XML as one unit: sniffer, parser, and a one-thread backup writer.</summary>
public sealed class SmsBackupFormat : IChatFormat
{
    /// <inheritdoc />
    public IChatParser Parser { get; } = new SmsBackupParser();

    /// <inheritdoc />
    public IFormatSniffer Sniffer { get; } = new SmsBackupSniffer();

    /// <inheritdoc />
    public string Name => Parser.Name;

    /// <inheritdoc />
    public string Description => Parser.Description;

    /// <inheritdoc />
    public string Extension => "xml";

    /// <inheritdoc />
    /// <remarks>The first of <paramref name="people"/> owns the phone: their messages are the sent ones.</remarks>
    public void WriteSynthetic(IEnumerable<Message> history, IReadOnlyList<string> people, Stream output) =>
        SmsBackupWriter.Write(history, people[0], output);
}
