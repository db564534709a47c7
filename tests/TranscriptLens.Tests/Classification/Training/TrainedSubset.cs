using TranscriptLens.Classification.Cards;
using TranscriptLens.Classification.Data;
using TranscriptLens.Classification.Tagging;
using TranscriptLens.Classification.Training;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Classification.Training;

/// <summary>
/// Trains once, for all classification tests, on the committed subset (Fixtures/training/subset.jsonl,
/// every fifth conversation of models/training/: 49 conversations, 976 messages) with a fixed seed and single-threaded trainers.
/// </summary>
internal static class TrainedSubset
{
    public static TrainingSettings Settings { get; } = new() { Seed = 7, HeldOutPercent = 30 };

    private static readonly Lazy<(TrainingSet Train, TrainingSet HeldOut, TrainedModels Models)> Lazy = new(() =>
    {
        var set = TrainingDataReader.Read(Path);
        var train = set.Where(c => !ConversationSplit.IsHeldOut(c, Settings.HeldOutPercent));
        var heldOut = set.Where(c => ConversationSplit.IsHeldOut(c, Settings.HeldOutPercent));
        return (train, heldOut, new ModelTrainer(Settings).Train(train));
    });

    public static string Path => RepoPaths.Fixture("training", "subset.jsonl");

    public static TrainingSet Train => Lazy.Value.Train;

    public static TrainingSet HeldOut => Lazy.Value.HeldOut;

    public static TrainedModels Models => Lazy.Value.Models;

    public static LinearMessageTagger Tagger() => new(Models.Engagement, Models.Initiating);
}
