using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.Discord;

/// <summary>
/// Reads DiscordChatExporter's CSV (<c>AuthorID,Author,Date,Content,Attachments,Reactions</c>, every
/// field quoted, line breaks kept inside quotes) with CsvHelper. The CSV has no message type, id or
/// nickname: every row is a message by <c>Author</c> as written (the account name), media when
/// <c>Attachments</c> (comma-separated URLs) is not empty. A row that cannot be read becomes a
/// warning with its starting line, and reading goes on.
/// </summary>
internal sealed class DiscordCsvReader(string source, DiagnosticBag diagnostics)
{
    private const int Columns = 6;

    private readonly DiscordSkips _skips = new(source, diagnostics, "row");

    /// <summary>The messages of the CSV, in file order (the header row was checked by the parser).</summary>
    public IEnumerable<Message> Read(TextReader text)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            BadDataFound = null,
            MissingFieldFound = null,
            HeaderValidated = null,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
        };
        using var csv = new CsvReader(text, config);
        if (!Advance(csv))
        {
            yield break;
        }

        var position = 0;
        while (Advance(csv))
        {
            var raw = csv.Parser.RawRecord;
            var line = csv.Parser.RawRow - raw.AsSpan().TrimEnd("\r\n").Count('\n');
            var record = csv.Parser.Record ?? [];
            if (ToMessage(record, position, line, raw) is { } message)
            {
                position++;
                yield return message;
            }
        }

        _skips.Report();
    }

    private Message? ToMessage(string[] record, int position, int line, string raw)
    {
        if (record.Length != Columns)
        {
            _skips.Skip(line, $"row has {record.Length} field(s) but the header has {Columns}; skipped", raw);
            return null;
        }

        if (!IsoTimestamp.TryParse(record[2], out var time))
        {
            _skips.Skip(line, "row has no readable Date; skipped", raw);
            return null;
        }

        var author = record[1].Trim();
        if (author.Length == 0)
        {
            _skips.Skip(line, "row has no Author; skipped", raw);
            return null;
        }

        // Line breaks inside a quoted field are written as the exporting system's; texts use LF.
        var text = record[3].Replace("\r\n", "\n", StringComparison.Ordinal);
        var attachment = DiscordAttachment.FromCsv(record[4]);
        var kind = attachment is null ? MessageKind.Text : MessageKind.Media;
        return new Message(position, time, author, text, kind) { Attachment = attachment, Line = line };
    }

    private bool Advance(CsvReader csv)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvHelperException)
        {
            // CsvHelper's message quotes the row: name the line only.
            throw new InputFormatException(source, "the CSV cannot be read (an unterminated quoted field?)", csv.Parser.RawRow);
        }
    }
}
