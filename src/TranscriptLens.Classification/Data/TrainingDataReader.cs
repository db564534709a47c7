using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Classification.Data;

/// <summary>
/// Reads labelled data: JSON Lines (<c>{"conv","i","ts","sender","text","initiating","engagement"}</c>)
/// or CSV with the same column names, from one file or every <c>.jsonl</c>/<c>.csv</c> in a folder
/// (sorted by name, so the same folder always gives the same set). A bad row is an
/// <see cref="InputFormatException"/> naming file and line: training on silently skipped rows would
/// make the model card lie.
/// </summary>
public static class TrainingDataReader
{
    /// <summary>Reads <paramref name="path"/> (a file or a folder).</summary>
    public static TrainingSet Read(string path)
    {
        string[] files;
        if (Directory.Exists(path))
        {
            files = Directory.EnumerateFiles(path)
                .Where(f => f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
                .ToArray();
            if (files.Length == 0)
            {
                throw new InputFormatException(path, "no .jsonl or .csv training files in this folder");
            }
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            throw new FileNotFoundException($"{path}: file not found", path);
        }

        var all = new List<LabelledMessage>();
        var described = new List<DataFile>();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var rows = file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ReadCsv(file, bytes) : ReadJsonLines(file, bytes);
            all.AddRange(rows);
            described.Add(new DataFile(Path.GetFileName(file), Convert.ToHexStringLower(SHA256.HashData(bytes)), rows.Count));
        }

        var conversations = all
            .GroupBy(m => m.Conversation, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<LabelledMessage>)g.OrderBy(m => m.Message.Index).ToArray())
            .ToArray();
        return new TrainingSet(conversations, described);
    }

    private static List<LabelledMessage> ReadJsonLines(string file, byte[] bytes)
    {
        var result = new List<LabelledMessage>();
        using var reader = new StreamReader(new MemoryStream(bytes));
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                var r = doc.RootElement;
                result.Add(Create(file, lineNumber,
                    r.GetProperty("conv").GetString(),
                    r.GetProperty("i").GetInt32(),
                    r.GetProperty("ts").GetString(),
                    r.GetProperty("sender").GetString(),
                    r.GetProperty("text").GetString(),
                    r.GetProperty("initiating").GetBoolean(),
                    r.GetProperty("engagement").GetString()));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InputFormatException(file, $"not a labelled message ({e.Message})", lineNumber);
            }
        }

        return result;
    }

    /// <summary>The columns of a labelled CSV file.</summary>
    private static readonly string[] Columns = ["conv", "i", "ts", "sender", "text", "initiating", "engagement"];

    private static string FirstLine(string message)
    {
        var end = message.AsSpan().IndexOfAny('\r', '\n');
        return (end < 0 ? message : message[..end]).Trim();
    }

    private static List<LabelledMessage> ReadCsv(string file, byte[] bytes)
    {
        var result = new List<LabelledMessage>();
        using var text = new StreamReader(new MemoryStream(bytes));
        using var csv = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture) { PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant() });
        try
        {
            csv.Read();
            csv.ReadHeader();
            var header = csv.HeaderRecord?.Select(h => h.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal) ?? [];
            var missing = Columns.Where(c => !header.Contains(c)).ToList();
            if (missing.Count > 0)
            {
                throw new InputFormatException(file, $"the header row has no {string.Join(", ", missing)} column; expected the columns {string.Join(", ", Columns)}", 1);
            }

            while (csv.Read())
            {
                var line = csv.Parser.RawRow;
                result.Add(Create(file, line,
                    csv.GetField("conv"),
                    int.Parse(csv.GetField("i") ?? string.Empty, NumberStyles.Integer, CultureInfo.InvariantCulture),
                    csv.GetField("ts"),
                    csv.GetField("sender"),
                    csv.GetField("text"),
                    bool.Parse(csv.GetField("initiating") ?? string.Empty),
                    csv.GetField("engagement")));
            }
        }
        catch (Exception e) when (e is CsvHelperException or FormatException)
        {
            // CsvHelper's message goes on with its reader's state and the raw row (message text):
            // its first line says what was wrong.
            throw new InputFormatException(file, $"not a labelled message ({FirstLine(e.Message)})", csv.Parser.RawRow);
        }

        return result;
    }

    private static LabelledMessage Create(string file, int line, string? conv, int i, string? ts, string? sender, string? text, bool initiating, string? engagement)
    {
        if (string.IsNullOrEmpty(conv) || string.IsNullOrEmpty(sender) || text is null)
        {
            throw new InputFormatException(file, "conv, sender and text are required", line);
        }

        if (!EngagementNames.TryParse(engagement, out var label))
        {
            throw new InputFormatException(file, $"unknown engagement label '{engagement}'; expected explaining, minimal, deflecting or neutral", line);
        }

        if (!DateTime.TryParse(ts, CultureInfo.InvariantCulture, DateTimeStyles.None, out var timestamp))
        {
            throw new InputFormatException(file, $"ts '{ts}' is not an ISO 8601 time", line);
        }

        return LabelledMessage.Create(conv, i, timestamp, sender, text, initiating, label);
    }
}
