using System.CommandLine;
using System.Text.Json;
using TranscriptLens.Classification.Cards;
using TranscriptLens.Classification.Data;
using TranscriptLens.Classification.Evaluation;
using TranscriptLens.Cli.Hosting;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Tagging;
using TranscriptLens.Core.Tagging.Baseline;

namespace TranscriptLens.Cli.Commands;

/// <summary><c>transcriptlens evaluate</c>: the models' quality on labelled data, next to the keyword baseline.</summary>
public sealed class EvaluateCommand(ITaggerProvider taggers, CliConsole console) : ICliCommand
{
    /// <inheritdoc />
    public Command Create()
    {
        var data = new Option<string>("--data", "-d") { Description = "Labelled data: a .jsonl/.csv file or a folder of them", Required = true };
        var models = new Option<string?>("--models") { Description = "Folder with engagement.zip and initiating.zip (default: the shipped models)" };
        var json = new Option<string?>("--json") { Description = "Also write the metrics as JSON to this file" };
        var command = new Command("evaluate", "Print accuracy, macro-F1, per-label precision/recall/F1 and confusion matrices of both axes, next to the keyword baseline");
        command.Add(data);
        command.Add(models);
        command.Add(json);
        command.SetAction((result, cancellationToken) => new CommandRunner(console).RunAsync(() =>
        {
            var path = result.GetValue(data)!;
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new UsageException($"--data {path}: file or folder not found");
            }

            var tagger = taggers.Load(result.GetValue(models));
            var set = TrainingDataReader.Read(path);
            cancellationToken.ThrowIfCancellationRequested();
            var model = TaggerEvaluator.Evaluate(tagger, set);
            cancellationToken.ThrowIfCancellationRequested();
            var baseline = TaggerEvaluator.Evaluate(new KeywordBaselineTagger(), set);
            MetricsTextReport.Write(console.Out, model, baseline);
            if (result.GetValue(json) is { } jsonPath)
            {
                var report = new { data = set.Files, model = TaggerMetricsJson.From(model), baseline = TaggerMetricsJson.From(baseline) };
                File.WriteAllText(jsonPath, JsonSerializer.Serialize(report, ModelCardFile.Options) + "\n");
            }

            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
