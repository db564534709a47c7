using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using TranscriptLens.Core.Rendering.Json;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Rendering.Csv;

/// <summary>
/// <c>summary.csv</c> of a batch run: one row per chat and pair (a chat without a pair gets one row
/// with empty pair columns), and one row with status <c>error</c> per file that could not be analysed.
/// </summary>
public sealed class BatchSummaryWriter : IDisposable
{
    private static readonly string[] Headers =
    [
        "file", "conversation", "messages", "sessions", "participants", "a", "b", "pair_sessions", "status",
        "asymmetry", "ci_low", "ci_high", "session_initiation", "follow_ups", "explaining", "words",
        "turning_toward", "reply_latency", "lsm", "error",
    ];

    private readonly CsvWriter _csv;
    private bool _disposed;

    /// <summary>Writes the header row at once.</summary>
    public BatchSummaryWriter(TextWriter writer)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            // Escaping is applied to the text fields only (Text): CsvHelper's own escaping would also
            // turn the negative scores we write into text ("'-0.33"), which no spreadsheet reads as a number.
            InjectionOptions = InjectionOptions.None,
            NewLine = "\n",
        };
        _csv = new CsvWriter(writer, config, leaveOpen: true);
        foreach (var header in Headers)
        {
            _csv.WriteField(header);
        }

        _csv.NextRecord();
    }

    /// <summary>Adds the rows of one analysed conversation of <paramref name="file"/>.</summary>
    public void Add(string file, AnalysisReport report)
    {
        if (report.Pairs.Count == 0)
        {
            WriteChat(file, report);
            for (var i = 0; i < Headers.Length - 5; i++)
            {
                _csv.WriteField(string.Empty);
            }

            _csv.NextRecord();
            return;
        }

        foreach (var pair in report.Pairs)
        {
            WriteChat(file, report);
            _csv.WriteField(Text(pair.A));
            _csv.WriteField(Text(pair.B));
            _csv.WriteField(pair.Sessions.ToString(CultureInfo.InvariantCulture));
            _csv.WriteField(JsonPairSection.StatusName(pair.Status));
            var c = pair.Components;
            foreach (var value in (double?[])[pair.Asymmetry, pair.CiLow, pair.CiHigh, c.SessionInitiation, c.FollowUps,
                c.Explaining, c.Words, c.TurningToward, c.ReplyLatency, pair.Lsm.Score])
            {
                _csv.WriteField(value is { } v ? Math.Round(v, 6).ToString("R", CultureInfo.InvariantCulture) : string.Empty);
            }

            _csv.WriteField(string.Empty);
            _csv.NextRecord();
        }
    }

    /// <summary>Adds the row of a file that failed, with the reason.</summary>
    public void AddFailure(string file, string error)
    {
        _csv.WriteField(Text(file));
        for (var i = 1; i < Headers.Length - 1; i++)
        {
            _csv.WriteField(Headers[i] == "status" ? "error" : string.Empty);
        }

        _csv.WriteField(Text(error));
        _csv.NextRecord();
    }

    /// <summary>Flushes the rows to the underlying writer; calling it again does nothing (the batch disposes it before committing the file).</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _csv.Flush();
        _csv.Dispose();
    }

    private void WriteChat(string file, AnalysisReport report)
    {
        _csv.WriteField(Text(file));
        _csv.WriteField(Text(report.Conversation ?? string.Empty));
        _csv.WriteField(report.Totals.Messages.ToString(CultureInfo.InvariantCulture));
        _csv.WriteField(report.Totals.Sessions.ToString(CultureInfo.InvariantCulture));
        _csv.WriteField(report.Participants.Count.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// A name or message from the input, made safe for spreadsheets: a field starting with =, +, -, @,
    /// a tab or a carriage return would be run as a formula, so it gets a leading apostrophe (OWASP
    /// "CSV injection"; what CsvHelper's InjectionOptions.Escape does).
    /// </summary>
    private static string Text(string field) =>
        field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + field : field;
}
