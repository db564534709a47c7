using System.CommandLine;
using TranscriptLens.Classification.Cards;
using TranscriptLens.Classification.Data;
using TranscriptLens.Classification.Tagging;
using TranscriptLens.Classification.Training;
using TranscriptLens.Cli.Hosting;
using TranscriptLens.Core.Diagnostics;

namespace TranscriptLens.Cli.Commands;

/// <summary><c>transcriptlens train</c>: trains both models, evaluates them on held-out conversations, writes models and card.</summary>
public sealed class TrainCommand(CliConsole console) : ICliCommand
{
    /// <inheritdoc />
    public Command Create()
    {
        var data = new Option<string>("--data", "-d") { Description = "Labelled data: a .jsonl/.csv file or a folder of them (fields conv, i, ts, sender, text, initiating, engagement)", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "Folder for engagement.zip, initiating.zip and model-card.json", DefaultValueFactory = _ => "models" };
        var seed = new Option<int?>("--seed") { Description = "Random seed (default 20240302); the same data and seed give the same models" };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds, grouped by conversation", DefaultValueFactory = _ => 5 };
        var experiments = new Option<bool>("--experiments") { Description = "Also measure each feature family (ablation) and the alternative trainers; slower" };
        var command = new Command("train", "Train the engagement and initiating models, evaluate them on held-out conversations next to the keyword baseline, and write them with a model card");
        command.Add(data);
        command.Add(output);
        command.Add(seed);
        command.Add(folds);
        command.Add(experiments);
        command.SetAction((result, cancellationToken) => new CommandRunner(console).RunAsync(() =>
        {
            var path = result.GetValue(data)!;
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new UsageException($"--data {path}: file or folder not found");
            }

            var foldCount = result.GetValue(folds);
            if (foldCount < 2)
            {
                throw new UsageException("--folds: at least 2");
            }

            var settings = new TrainingSettings();
            if (result.GetValue(seed) is { } s)
            {
                settings = settings with { Seed = s };
            }

            var set = TrainingDataReader.Read(path);
            var run = new TrainingRun(settings, console.Error) { Folds = foldCount, Experiments = result.GetValue(experiments), CancellationToken = cancellationToken };
            (TrainedModels models, ModelCard card) trained;
            try
            {
                trained = run.Run(set);
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }

            var outDirectory = result.GetValue(output)!;
            trained.models.Save(outDirectory);
            ModelCardFile.Write(trained.card, outDirectory);
            console.Out.WriteLine($"wrote {ModelFiles.EngagementFile}, {ModelFiles.InitiatingFile} and {ModelCardFile.FileName} to {outDirectory}");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
