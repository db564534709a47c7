using TranscriptLens.Classification.Data;
using TranscriptLens.Classification.Features;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Classification.Training;

/// <summary>Builds training rows from labelled conversations, with the same context computation the taggers use.</summary>
internal static class RowBuilder
{
    /// <summary>One row per taggable message, with its gold labels and whether engagement is fixed by rule.</summary>
    public static List<(ModelInput Row, bool RuledMedia)> Rows(TrainingSet set, FeatureFamilies families)
    {
        var rows = new List<(ModelInput, bool)>(set.Count);
        var buffer = new NgramBuffer();
        foreach (var conversation in set.Conversations)
        {
            var tracker = new ContextTracker();
            foreach (var labelled in conversation)
            {
                var context = tracker.Next(labelled.Message);
                if (TaggingRules.IsUntagged(labelled.Message))
                {
                    continue;
                }

                var row = FeatureExtractor.Row(labelled.Message, context, families, buffer);
                row.Engagement = (uint)labelled.Gold.Engagement;
                row.Initiating = labelled.Gold.Initiating;
                rows.Add((row, TaggingRules.IsBareMedia(labelled.Message)));
            }
        }

        return rows;
    }
}
