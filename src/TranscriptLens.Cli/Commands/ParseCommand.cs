using System.CommandLine;
using System.Text;
using TranscriptLens.Cli.Hosting;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Output;
using TranscriptLens.Core.Pipeline;

namespace TranscriptLens.Cli.Commands;

/// <summary><c>transcriptlens parse</c>: writes the normalised message stream as JSON Lines or CSV.</summary>
public sealed class ParseCommand(TranscriptAnalysis pipeline, CliConsole console) : ICliCommand
{
    /// <inheritdoc />
    public Command Create()
    {
        var input = new InputOptions();
        var outOption = new Option<string?>("--out", "-o") { Description = "Write to this file (.jsonl, or .csv for CSV) instead of stdout" };
        var command = new Command("parse", "Parse a chat export into normalised messages (JSON Lines, or CSV by extension)");
        input.AddTo(command);
        command.Add(outOption);
        command.SetAction((result, cancellationToken) => new CommandRunner(console).RunAsync(() =>
        {
            var path = input.InputPath(result);
            var outPath = result.GetValue(outOption);
            var diagnostics = new DiagnosticBag();
            var messages = pipeline.Read(input.ToSource(result, path), diagnostics, cancellationToken);
            var count = Write(messages, outPath, path);
            DiagnosticReport.Write(console.Error, diagnostics, $"parsed {count} message(s) from {path}");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private int Write(IEnumerable<Message> messages, string? outPath, string inputPath)
    {
        var count = 0;
        OutputTarget.Write(outPath, console, [inputPath], stream => count = Write(messages, outPath, stream));
        return count;
    }

    private static int Write(IEnumerable<Core.Model.Message> messages, string? outPath, Stream stream)
    {
        var count = 0;
        if (OutputTarget.IsCsv(outPath))
        {
            using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
            using var csv = new MessageCsvWriter(text);
            foreach (var message in messages)
            {
                csv.Write(message);
                count++;
            }

            return count;
        }

        using var jsonl = new MessageJsonLinesWriter(stream);
        foreach (var message in messages)
        {
            jsonl.Write(message);
            count++;
        }

        return count;
    }
}
