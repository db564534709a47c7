using System.Text.Json;
using TranscriptLens.Tests.Classification.Training;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Cli.Commands;

public sealed class TrainAndEvaluateCommandTests
{
    [Fact]
    public async Task Train_writes_both_models_and_a_model_card_that_evaluate_can_use()
    {
        // The first 300 lines of the subset keep the three trainings (model + 2 folds) quick.
        var output = RepoPaths.TempDirectory();
        var data = Path.Combine(output, "small.jsonl");
        File.WriteAllLines(data, File.ReadLines(TrainedSubset.Path).Take(300));
        var train = await CliRun.RunAsync("train", "--data", data, "--out", output, "--folds", "2", "--seed", "7");

        Assert.True(train.ExitCode == 0, train.Stderr);
        Assert.True(File.Exists(Path.Combine(output, "engagement.zip")));
        Assert.True(File.Exists(Path.Combine(output, "initiating.zip")));
        using var card = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "model-card.json")));
        var root = card.RootElement;
        Assert.Equal("small.jsonl", root.GetProperty("data")[0].GetProperty("name").GetString());
        Assert.Equal(64, root.GetProperty("data")[0].GetProperty("sha256").GetString()!.Length);
        Assert.Equal(7, root.GetProperty("settings").GetProperty("seed").GetInt32());
        Assert.InRange(root.GetProperty("heldOut").GetProperty("engagement").GetProperty("macroF1").GetDouble(), 0.3, 1.0);
        Assert.Equal(2, root.GetProperty("crossValidation").GetProperty("folds").GetInt32());

        var json = Path.Combine(output, "metrics.json");
        var evaluate = await CliRun.RunAsync("evaluate", "--data", data, "--models", output, "--json", json);

        Assert.Equal(0, evaluate.ExitCode);
        Assert.Contains("macro-F1", evaluate.Stdout, StringComparison.Ordinal);
        Assert.Contains("keyword-baseline", evaluate.Stdout, StringComparison.Ordinal);
        Assert.Contains("confusion", evaluate.Stdout, StringComparison.Ordinal);
        using var metrics = JsonDocument.Parse(File.ReadAllText(json));
        Assert.True(metrics.RootElement.GetProperty("model").GetProperty("initiating").GetProperty("f1").GetDouble() > 0.5);
    }

    [Fact]
    public async Task Train_on_a_missing_data_file_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("train", "--data", "/no/such/data.jsonl", "--out", RepoPaths.TempDirectory());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/no/such/data.jsonl", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_training_row_is_bad_input_naming_file_and_line()
    {
        var data = Path.Combine(RepoPaths.TempDirectory(), "bad.jsonl");
        File.WriteAllText(data, "{\"conv\":\"c1\",\"i\":0,\"ts\":\"2024-03-02T21:14:05\",\"sender\":\"A\",\"text\":\"hi\",\"initiating\":true,\"engagement\":\"happy\"}\n");

        var run = await CliRun.RunAsync("evaluate", "--data", data, "--models", RepoPaths.TempDirectory());

        // The models are read first: an empty folder is a model error before the data is looked at.
        Assert.Equal(4, run.ExitCode);
        var train = await CliRun.RunAsync("train", "--data", data, "--out", RepoPaths.TempDirectory());
        Assert.Equal(3, train.ExitCode);
        Assert.Contains("bad.jsonl:1: unknown engagement label 'happy'", train.Stderr, StringComparison.Ordinal);
    }
}
