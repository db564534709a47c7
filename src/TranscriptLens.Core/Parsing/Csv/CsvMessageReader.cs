using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.Csv;

/// <summary>
/// Reads the rows of a generic CSV with CsvHelper (RFC 4180: quoted fields may hold delimiters,
/// quotes and line breaks). A row that cannot be read (wrong field count, unreadable timestamp, no
/// sender) becomes a warning with its starting line and raw text, and reading goes on; a row with
/// stray quotes is kept as CsvHelper read it, with a warning.
/// </summary>
internal sealed class CsvMessageReader(string source, DiagnosticBag diagnostics)
{
    private const int DetailedWarnings = 10;

    private int _skipped;
    private int _unknownKinds;

    /// <summary>The messages of the CSV text in <paramref name="text"/>, in file order.</summary>
    public IEnumerable<Message> Read(TextReader text, char delimiter)
    {
        string? badField = null;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            HasHeaderRecord = true,
            BadDataFound = args => badField ??= args.Field,
            MissingFieldFound = null,
            HeaderValidated = null,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
        };
        using var csv = new CsvReader(text, config);
        if (!Advance(csv))
        {
            throw new InputFormatException(source, $"the file is empty; expected a header row naming {CsvColumnAliases.Expected}", 1);
        }

        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        var columns = CsvColumns.Find(header, out var missing)
            ?? throw new InputFormatException(source,
                $"the header row has no {string.Join(", ", missing)} column; found: {string.Join(", ", header)}; expected: {CsvColumnAliases.Expected}",
                1);

        var position = 0;
        while (Advance(csv))
        {
            // CsvHelper builds RawRecord anew at every read: read it once, trim it only for a diagnostic.
            var raw = csv.Parser.RawRecord;
            var line = StartLine(csv.Parser.RawRow, raw);

            // CsvHelper parses fields lazily: BadDataFound fires while the record is taken.
            var record = csv.Parser.Record ?? [];
            if (badField is not null)
            {
                diagnostics.Warn(source, line, "row has a stray quote (not RFC 4180); read as is", Trimmed(raw), DiagnosticKind.Repaired);
                badField = null;
            }

            if (record.Length != header.Length)
            {
                Skip(line, $"row has {record.Length} field(s) but the header has {header.Length}; skipped", raw);
                continue;
            }

            if (ToMessage(record, columns, line, position, raw) is { } message)
            {
                position++;
                yield return message;
            }
        }

        if (_skipped > DetailedWarnings)
        {
            diagnostics.Warn(source, null, $"{_skipped} row(s) in all could not be read and were skipped",
                kind: DiagnosticKind.Skipped, occurrences: _skipped - DetailedWarnings);
        }

        if (_unknownKinds > DetailedWarnings)
        {
            diagnostics.Warn(source, null, $"{_unknownKinds} row(s) in all had an unknown kind and were read as text",
                kind: DiagnosticKind.Repaired, occurrences: _unknownKinds - DetailedWarnings);
        }
    }

    private Message? ToMessage(string[] record, CsvColumns columns, int line, int position, string raw)
    {
        var stamp = columns.Time is { } time ? $"{record[columns.Timestamp].Trim()} {record[time].Trim()}" : record[columns.Timestamp];
        if (!CsvTimestamp.TryParse(stamp, out var timestamp))
        {
            Skip(line, $"timestamp '{stamp}' is neither ISO 8601 nor epoch seconds/milliseconds; skipped", raw);
            return null;
        }

        var kind = Kind(columns.Kind is { } k ? record[k] : null, line, raw);
        var sender = CsvField.Unescape(record[columns.Sender].Trim());
        if (kind != MessageKind.System && sender.Length == 0)
        {
            Skip(line, "row has no sender; skipped", raw);
            return null;
        }

        string? Optional(int? column) => column is { } c ? CsvField.Optional(record[c]) : null;
        // Spreadsheets save line breaks inside quoted fields as CRLF; texts use LF like every other source.
        var text = CsvField.Unescape(record[columns.Text]).Replace("\r\n", "\n", StringComparison.Ordinal);
        return new Message(position, timestamp, kind == MessageKind.System ? null : sender, text, kind)
        {
            Attachment = Optional(columns.Attachment),
            Edited = columns.Edited is { } e && CsvField.Flag(record[e]),
            Line = line,
            Chat = Optional(columns.Chat),
            Thread = Optional(columns.Thread),
        };
    }

    private MessageKind Kind(string? value, int line, string raw)
    {
        if (CsvKind.Parse(value) is { } kind)
        {
            return kind;
        }

        if (++_unknownKinds <= DetailedWarnings)
        {
            diagnostics.Warn(source, line, $"unknown kind '{value}' (expected text, media, system or deleted); read as text", Trimmed(raw), DiagnosticKind.Repaired);
        }

        return MessageKind.Text;
    }

    private void Skip(int line, string message, string raw)
    {
        if (++_skipped <= DetailedWarnings)
        {
            diagnostics.Warn(source, line, message, Trimmed(raw), DiagnosticKind.Skipped);
        }
    }

    private bool Advance(CsvReader csv)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvHelperException e)
        {
            throw new InputFormatException(source, $"the CSV cannot be read: {e.Message.ReplaceLineEndings(" ")}", csv.Parser.RawRow);
        }
    }

    /// <summary>The 1-based line a record starts on: CsvHelper counts the line it ends on.</summary>
    /// <summary>The row as written, without its line break, for a diagnostic.</summary>
    private static string Trimmed(string raw) => raw.TrimEnd('\r', '\n');

    /// <summary>The line a record starts on: the row it ends on, less the line breaks inside it.</summary>
    private static int StartLine(int rawRow, string raw) => rawRow - raw.AsSpan().TrimEnd("\r\n").Count('\n');
}
