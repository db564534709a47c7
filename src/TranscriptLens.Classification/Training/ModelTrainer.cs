using Microsoft.ML;
using Microsoft.ML.Trainers;
using TranscriptLens.Classification.Cards;
using TranscriptLens.Classification.Data;
using TranscriptLens.Classification.Features;

namespace TranscriptLens.Classification.Training;

/// <summary>
/// Builds the rows (hashed n-grams of the text and of the previous text, context, shape, lexicon),
/// concatenates them into one feature vector and trains both linear models on it. Single-threaded trainers and a seeded
/// <see cref="MLContext"/>: the same data and settings give the same models.
/// </summary>
internal sealed class ModelTrainer(TrainingSettings settings)
{
    /// <summary>Trains both models on <paramref name="set"/>.</summary>
    public TrainedModels Train(TrainingSet set)
    {
        var ml = new MLContext(settings.Seed);
        var rows = RowBuilder.Rows(set, settings.Families);
        Weigh(rows);
        var all = ml.Data.LoadFromEnumerable(rows.Select(r => r.Row));
        var textOnly = ml.Data.LoadFromEnumerable(rows.Where(r => !r.RuledMedia).Select(r => r.Row));

        var featurizer = ml.Transforms.Concatenate("Features", [.. FeatureLayout.Columns]).Fit(all);

        var engagementData = ml.Data.Cache(featurizer.Transform(textOnly));
        var initiatingData = ml.Data.Cache(featurizer.Transform(all));
        var engagement = EngagementTrainer(ml).Fit(engagementData);
        var initiating = InitiatingTrainer(ml).Fit(initiatingData);
        return new TrainedModels(ml, featurizer.Append(engagement), featurizer.Append(initiating), all.Schema);
    }

    private void Weigh(List<(ModelInput Row, bool RuledMedia)> rows)
    {
        var text = rows.Where(r => !r.RuledMedia).Select(r => r.Row).ToList();
        var counts = text.GroupBy(r => r.Engagement).ToDictionary(g => g.Key, g => g.Count());
        var mean = counts.Values.Average();
        foreach (var (row, _) in rows)
        {
            row.EngagementWeight = counts.TryGetValue(row.Engagement, out var count)
                ? MathF.Pow((float)(mean / count), settings.EngagementBalance)
                : 1;
            row.InitiatingWeight = row.Initiating ? settings.InitiatingPositiveWeight : 1;
        }
    }

    private IEstimator<ITransformer> EngagementTrainer(MLContext ml) => settings.EngagementTrainer switch
    {
        "sdca-maxent" => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(ModelInput.Engagement),
            FeatureColumnName = "Features",
            ExampleWeightColumnName = nameof(ModelInput.EngagementWeight),
            L2Regularization = settings.SdcaL2,
            NumberOfThreads = 1,
        }),
        "lbfgs-maxent" => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(ModelInput.Engagement),
            FeatureColumnName = "Features",
            ExampleWeightColumnName = nameof(ModelInput.EngagementWeight),
            L2Regularization = settings.EngagementL2,
            L1Regularization = 0,
            NumberOfThreads = 1,
        }),
        _ => throw new ArgumentException($"unknown engagement trainer '{settings.EngagementTrainer}'; expected sdca-maxent or lbfgs-maxent"),
    };

    private IEstimator<ITransformer> InitiatingTrainer(MLContext ml) => settings.InitiatingTrainer switch
    {
        "sdca-logistic" => ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(ModelInput.Initiating),
            FeatureColumnName = "Features",
            ExampleWeightColumnName = nameof(ModelInput.InitiatingWeight),
            L2Regularization = settings.SdcaL2,
            NumberOfThreads = 1,
        }),
        "lbfgs-logistic" => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(ModelInput.Initiating),
            FeatureColumnName = "Features",
            ExampleWeightColumnName = nameof(ModelInput.InitiatingWeight),
            L2Regularization = settings.InitiatingL2,
            L1Regularization = 0,
            NumberOfThreads = 1,
        }),
        _ => throw new ArgumentException($"unknown initiating trainer '{settings.InitiatingTrainer}'; expected sdca-logistic or lbfgs-logistic"),
    };
}
