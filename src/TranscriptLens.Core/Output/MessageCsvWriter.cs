using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Output;

/// <summary>
/// Writes messages as CSV (RFC 4180, CsvHelper) with the same columns as the JSON Lines output,
/// plus any extra columns a later stage adds (tags). Multi-line texts stay in quoted fields.
/// </summary>
public sealed class MessageCsvWriter : IDisposable
{
    private static readonly string[] BaseHeaders =
        ["index", "timestamp", "sender", "text", "kind", "line", "attachment", "edited", "chat", "thread"];

    private readonly CsvWriter _csv;
    private readonly int _extraCount;

    /// <summary>Writes the header row at once.</summary>
    public MessageCsvWriter(TextWriter writer, IReadOnlyList<string>? extraHeaders = null)
    {
        // Leading = + - @ would be formulas when the file is opened in a spreadsheet.
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            InjectionOptions = InjectionOptions.Escape,
            NewLine = "\n",
        };
        _csv = new CsvWriter(writer, config, leaveOpen: true);
        _extraCount = extraHeaders?.Count ?? 0;
        foreach (var header in BaseHeaders.Concat(extraHeaders ?? []))
        {
            _csv.WriteField(header);
        }

        _csv.NextRecord();
    }

    /// <summary>Writes one message and its extra values (same count as the extra headers).</summary>
    public void Write(Message message, IReadOnlyList<string?>? extraValues = null)
    {
        _csv.WriteField(message.Index.ToString(CultureInfo.InvariantCulture));
        _csv.WriteField(message.Timestamp.ToString());
        _csv.WriteField(message.Sender ?? string.Empty);
        _csv.WriteField(message.Text);
        _csv.WriteField(MessageJsonLinesWriter.KindName(message.Kind));
        _csv.WriteField(message.Line?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        _csv.WriteField(message.Attachment ?? string.Empty);
        _csv.WriteField(message.Edited ? "true" : "false");
        _csv.WriteField(message.Chat ?? string.Empty);
        _csv.WriteField(message.Thread ?? string.Empty);
        for (var i = 0; i < _extraCount; i++)
        {
            _csv.WriteField(extraValues is not null && i < extraValues.Count ? extraValues[i] ?? string.Empty : string.Empty);
        }

        _csv.NextRecord();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _csv.Flush();
        _csv.Dispose();
    }
}
