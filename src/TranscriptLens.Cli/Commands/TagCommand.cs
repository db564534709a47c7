using System.CommandLine;
using System.Globalization;
using System.Text;
using TranscriptLens.Cli.Hosting;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Output;
using TranscriptLens.Core.Pipeline;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Cli.Commands;

/// <summary>
/// <c>transcriptlens tag</c>: parses an export and writes every message as <c>parse</c> does plus
/// <c>initiating</c>, <c>engagement</c> and <c>confidence</c> (null for system and deleted messages).
/// </summary>
public sealed class TagCommand(TranscriptAnalysis pipeline, ITaggerProvider taggers, CliConsole console) : ICliCommand
{
    private static readonly string[] TagHeaders = ["initiating", "engagement", "confidence"];

    /// <inheritdoc />
    public Command Create()
    {
        var input = new InputOptions();
        var models = new Option<string?>("--models") { Description = "Folder with engagement.zip and initiating.zip (default: the shipped models)" };
        var outOption = new Option<string?>("--out", "-o") { Description = "Write to this file (.jsonl, or .csv for CSV) instead of stdout" };
        var command = new Command("tag", "Tag every message of a chat export (initiating, engagement, confidence) and write them as JSON Lines, or CSV by extension");
        input.AddTo(command);
        command.Add(models);
        command.Add(outOption);
        command.SetAction((result, cancellationToken) => new CommandRunner(console).RunAsync(() =>
        {
            var path = input.InputPath(result);
            var tagger = taggers.Load(result.GetValue(models));
            var diagnostics = new DiagnosticBag();
            var tagged = pipeline.Tag(input.ToSource(result, path), tagger, SessionRules.Default, diagnostics, cancellationToken);
            var outPath = result.GetValue(outOption);
            var count = Write(tagged, outPath, path);
            DiagnosticReport.Write(console.Error, diagnostics, $"tagged {count} message(s) from {path} with {tagger.Name}");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private int Write(IEnumerable<TaggedMessage> tagged, string? outPath, string inputPath)
    {
        var count = 0;
        OutputTarget.Write(outPath, console, [inputPath], stream => count = Write(tagged, outPath, stream));
        return count;
    }

    private static int Write(IEnumerable<TaggedMessage> tagged, string? outPath, Stream stream)
    {
        var count = 0;
        if (OutputTarget.IsCsv(outPath))
        {
            using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
            using var csv = new MessageCsvWriter(text, TagHeaders);
            foreach (var item in tagged)
            {
                csv.Write(item.Message, item.Tags is { } t
                    ? [t.Initiating ? "true" : "false", EngagementNames.Name(t.Engagement), Confidence(t).ToString("0.####", CultureInfo.InvariantCulture)]
                    : [null, null, null]);
                count++;
            }

            return count;
        }

        using var buffered = new BufferedStream(stream, 1 << 16);
        using var jsonl = new MessageJsonLinesWriter(buffered);
        foreach (var item in tagged)
        {
            jsonl.Write(item.Message, json =>
            {
                if (item.Tags is { } t)
                {
                    json.WriteBoolean("initiating", t.Initiating);
                    json.WriteString("engagement", EngagementNames.Name(t.Engagement));
                    json.WriteNumber("confidence", Confidence(t));
                }
                else
                {
                    json.WriteNull("initiating");
                    json.WriteNull("engagement");
                    json.WriteNull("confidence");
                }
            });
            count++;
        }

        return count;
    }

    // Four decimals: the probability is an estimate; more digits would only add noise to diffs.
    private static double Confidence(MessageTags tags) => Math.Round(tags.Confidence, 4, MidpointRounding.AwayFromZero);
}
