using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Microsoft.ML;
using TranscriptLens.Classification.Cards;
using TranscriptLens.Classification.Data;
using TranscriptLens.Classification.Evaluation;
using TranscriptLens.Classification.Features;
using TranscriptLens.Classification.Tagging;
using TranscriptLens.Core.Tagging;
using TranscriptLens.Core.Tagging.Baseline;

namespace TranscriptLens.Classification.Training;

/// <summary>
/// What <c>transcriptlens train</c> does: split by conversation, train on the training share,
/// evaluate on the held-out conversations next to the keyword baseline, cross-validate by
/// conversation, optionally run the ablation and trainer comparison, and return the model card.
/// </summary>
public sealed class TrainingRun(TrainingSettings settings, TextWriter log)
{
    /// <summary>Number of cross-validation folds.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Also measure each feature family's contribution and the alternative trainers (slow).</summary>
    public bool Experiments { get; init; }

    /// <summary>Checked before every model is fitted (the final models, each fold, each experiment): Ctrl+C stops the run between fits.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Trains, evaluates and returns the models and their card.</summary>
    public (TrainedModels Models, ModelCard Card) Run(TrainingSet set)
    {
        var train = set.Where(c => !ConversationSplit.IsHeldOut(c, settings.HeldOutPercent));
        var heldOut = set.Where(c => ConversationSplit.IsHeldOut(c, settings.HeldOutPercent));
        if (train.Count == 0 || heldOut.Count == 0)
        {
            throw new ArgumentException($"the data has {set.Conversations.Count} conversation(s); training needs enough for both a training and a held-out share");
        }

        log.WriteLine($"training on {train.Count} messages in {train.Conversations.Count} conversations; holding out {heldOut.Count} in {heldOut.Conversations.Count}");
        CancellationToken.ThrowIfCancellationRequested();
        var models = new ModelTrainer(settings).Train(train);
        var tagger = new LinearMessageTagger(models.Engagement, models.Initiating);
        var model = TaggerEvaluator.Evaluate(tagger, heldOut);
        var baseline = TaggerEvaluator.Evaluate(new KeywordBaselineTagger(), heldOut);
        log.WriteLine($"held out: engagement macro-F1 {model.Engagement.MacroF1:F3} (baseline {baseline.Engagement.MacroF1:F3}), initiating F1 {model.InitiatingF1:F3} (baseline {baseline.InitiatingF1:F3}), within sessions {model.InitiatingWithinSessionsF1:F3} (baseline {baseline.InitiatingWithinSessionsF1:F3})");

        var cv = CrossValidate(set, settings, "cross-validation");
        log.WriteLine($"{Folds}-fold by conversation: engagement macro-F1 {cv.Mean.EngagementMacroF1:F3} (baseline {cv.Mean.BaselineEngagementMacroF1:F3}), initiating F1 {cv.Mean.InitiatingF1:F3} (baseline {cv.Mean.BaselineInitiatingF1:F3}), within sessions {cv.Mean.InitiatingWithinSessionsF1:F3} (baseline {cv.Mean.BaselineInitiatingWithinSessionsF1:F3})");
        var card = new ModelCard
        {
            Created = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            MlNetVersion = MlNetVersion(),
            Labels = new Dictionary<string, IReadOnlyList<string>>
            {
                ["engagement"] = EngagementNames.All.Select(EngagementNames.Name).ToArray(),
                ["initiating"] = TaggerEvaluator.InitiatingLabels,
            },
            Data = set.Files,
            Counts = new Dictionary<string, CountsJson> { ["all"] = Counts(set), ["train"] = Counts(train), ["heldOut"] = Counts(heldOut) },
            Settings = settings,
            HeldOut = TaggerMetricsJson.From(model),
            HeldOutBaseline = TaggerMetricsJson.From(baseline),
            CrossValidation = cv,
            Ablation = Experiments ? Ablation(set) : null,
            Trainers = Experiments ? TrainerComparison(set) : null,
        };
        return (models, card);
    }

    private CrossValidationJson CrossValidate(TrainingSet set, TrainingSettings s, string name)
    {
        var folds = new List<SummaryJson>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var f = fold;
            var test = set.Where(c => ConversationSplit.Fold(c, Folds) == f);
            CancellationToken.ThrowIfCancellationRequested();
            var watch = Stopwatch.StartNew();
            var models = new ModelTrainer(s).Train(set.Where(c => ConversationSplit.Fold(c, Folds) != f));
            var seconds = watch.Elapsed.TotalSeconds;
            var model = TaggerEvaluator.Evaluate(new LinearMessageTagger(models.Engagement, models.Initiating), test);
            var baseline = TaggerEvaluator.Evaluate(new KeywordBaselineTagger(), test);
            folds.Add(new SummaryJson($"fold {fold}", model.Engagement.MacroF1, model.Engagement.Accuracy, model.InitiatingF1,
                baseline.Engagement.MacroF1, baseline.InitiatingF1, model.InitiatingWithinSessionsF1, baseline.InitiatingWithinSessionsF1, seconds));
        }

        var mean = new SummaryJson(
            name,
            MetricsJson.Round(folds.Average(f => f.EngagementMacroF1)),
            MetricsJson.Round(folds.Average(f => f.EngagementAccuracy)),
            MetricsJson.Round(folds.Average(f => f.InitiatingF1)),
            MetricsJson.Round(folds.Average(f => f.BaselineEngagementMacroF1)),
            MetricsJson.Round(folds.Average(f => f.BaselineInitiatingF1)),
            MetricsJson.Round(folds.Average(f => f.InitiatingWithinSessionsF1)),
            MetricsJson.Round(folds.Average(f => f.BaselineInitiatingWithinSessionsF1)),
            Math.Round(folds.Sum(f => f.TrainingSeconds ?? 0), 2));
        var rounded = folds.Select(f => f with
        {
            EngagementMacroF1 = MetricsJson.Round(f.EngagementMacroF1),
            EngagementAccuracy = MetricsJson.Round(f.EngagementAccuracy),
            InitiatingF1 = MetricsJson.Round(f.InitiatingF1),
            BaselineEngagementMacroF1 = MetricsJson.Round(f.BaselineEngagementMacroF1),
            BaselineInitiatingF1 = MetricsJson.Round(f.BaselineInitiatingF1),
            InitiatingWithinSessionsF1 = MetricsJson.Round(f.InitiatingWithinSessionsF1),
            BaselineInitiatingWithinSessionsF1 = MetricsJson.Round(f.BaselineInitiatingWithinSessionsF1),
            TrainingSeconds = Math.Round(f.TrainingSeconds ?? 0, 2),
        }).ToArray();
        return new CrossValidationJson(Folds, mean, rounded);
    }

    private List<SummaryJson> Ablation(TrainingSet set)
    {
        var all = settings.Families;
        (string Name, FeatureFamilies Families)[] variants =
        [
            ("all families", all),
            ("without word n-grams", all with { WordNgrams = false }),
            ("without char n-grams", all with { CharNgrams = false }),
            ("without context", all with { Context = false }),
            ("without previous text", all with { PreviousText = false }),
            ("without shape", all with { Shape = false }),
            ("without lexicon", all with { Lexicon = false }),
            ("text n-grams only", new FeatureFamilies { Context = false, PreviousText = false, Shape = false, Lexicon = false }),
        ];
        var rows = new List<SummaryJson>();
        foreach (var (name, families) in variants)
        {
            var mean = CrossValidate(set, settings with { Families = families }, name).Mean;
            log.WriteLine($"ablation: {name}: engagement macro-F1 {mean.EngagementMacroF1:F3}, initiating F1 {mean.InitiatingF1:F3}");
            rows.Add(mean);
        }

        return rows;
    }

    private List<SummaryJson> TrainerComparison(TrainingSet set)
    {
        // The two models train independently: each row's engagement figure depends on its engagement
        // trainer only, and its initiating figures on its initiating trainer only.
        (string Engagement, string Initiating)[] pairs = [("lbfgs-maxent", "lbfgs-logistic"), ("sdca-maxent", "sdca-logistic")];
        var rows = new List<SummaryJson>();
        foreach (var (engagement, initiating) in pairs)
        {
            var name = $"{engagement} + {initiating}";
            var mean = CrossValidate(set, settings with { EngagementTrainer = engagement, InitiatingTrainer = initiating }, name).Mean;
            log.WriteLine($"trainers: {name}: engagement macro-F1 {mean.EngagementMacroF1:F3}, initiating F1 {mean.InitiatingF1:F3}, {mean.TrainingSeconds:F1} s training");
            rows.Add(mean);
        }

        return rows;
    }

    // The package version (5.0.1), not the assembly version (ML.NET keeps that at 1.0.0.0).
    private static string MlNetVersion()
    {
        var informational = typeof(MLContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational?.Split('+')[0] ?? typeof(MLContext).Assembly.GetName().Version?.ToString() ?? "unknown";
    }

    private static CountsJson Counts(TrainingSet set)
    {
        var messages = set.Messages.ToArray();
        var engagement = EngagementNames.All.ToDictionary(EngagementNames.Name, e => messages.Count(m => m.Gold.Engagement == e));
        return new CountsJson(messages.Length, set.Conversations.Count, engagement, messages.Count(m => m.Gold.Initiating));
    }
}
