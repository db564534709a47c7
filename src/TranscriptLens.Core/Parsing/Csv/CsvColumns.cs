namespace TranscriptLens.Core.Parsing.Csv;

/// <summary>
/// Which field holds what, found from the header row. The time is one column, or a date column
/// and a time column read together (spreadsheets often split them).
/// </summary>
internal sealed record CsvColumns(
    int Timestamp,
    int? Time,
    int Sender,
    int Text,
    int? Kind,
    int? Attachment,
    int? Chat,
    int? Thread,
    int? Edited)
{
    /// <summary>The columns of <paramref name="header"/>, or null with the names that are missing.</summary>
    public static CsvColumns? Find(IReadOnlyList<string> header, out IReadOnlyList<string> missing)
    {
        var names = header.Select(CsvColumnAliases.Normalise).ToArray();
        int? Index(IEnumerable<string> aliases) => aliases.Select(a => Array.IndexOf(names, a)).Where(i => i >= 0).Cast<int?>().FirstOrDefault();

        var date = Index([CsvColumnAliases.Date]);
        var time = Index([CsvColumnAliases.Time]);
        var timestamp = Index(CsvColumnAliases.Timestamp) ?? date ?? time;
        var pairedTime = Index(CsvColumnAliases.Timestamp) is null && date is not null && time is not null ? time : null;
        var sender = Index(CsvColumnAliases.Sender);
        var text = Index(CsvColumnAliases.Text);

        var absent = new List<string>();
        if (timestamp is null)
        {
            absent.Add("timestamp");
        }

        if (sender is null)
        {
            absent.Add("sender");
        }

        if (text is null)
        {
            absent.Add("text");
        }

        missing = absent;
        return absent.Count > 0
            ? null
            : new CsvColumns(timestamp!.Value, pairedTime, sender!.Value, text!.Value, Index(CsvColumnAliases.Kind),
                Index(CsvColumnAliases.Attachment), Index(CsvColumnAliases.Chat), Index(CsvColumnAliases.Thread), Index(CsvColumnAliases.Edited));
    }
}
