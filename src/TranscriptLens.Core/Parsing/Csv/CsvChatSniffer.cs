namespace TranscriptLens.Core.Parsing.Csv;

/// <summary>Recognises a generic CSV by a first line that names the timestamp, sender and text columns.</summary>
public sealed class CsvChatSniffer : IFormatSniffer
{
    /// <inheritdoc />
    public string Format => "csv";

    /// <inheritdoc />
    public int Score(FormatProbe probe)
    {
        if (probe.IsZip)
        {
            return 0;
        }

        var text = probe.HeadText;
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var header = (end < 0 ? text : text[..end]).TrimEnd('\r');
        var names = CsvDelimiter.Split(header, CsvDelimiter.Detect(header));
        if (names.Count < 3 || CsvColumns.Find(names, out _) is null)
        {
            return 0;
        }

        var extension = Path.GetExtension(probe.Name).ToLowerInvariant();
        return extension is ".csv" or ".tsv" ? 90 : 80;
    }
}
