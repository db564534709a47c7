using TranscriptLens.Core.Model;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Classification.Features;

/// <summary>Turns a message and its context into a <see cref="ModelInput"/> row (training and the reference path).</summary>
internal static class FeatureExtractor
{
    /// <summary>The text a message contributes: its normalised text, or nothing for media without a caption.</summary>
    public static string OwnText(Message message, MessageContext context) =>
        ModelText.Normalise(TaggingRules.IsBareMedia(message) ? string.Empty : message.Text, context.Participants);

    /// <summary>The previous message's text, normalised the same way.</summary>
    public static string PreviousText(MessageContext context) => ModelText.Normalise(context.PreviousText, context.Participants);

    /// <summary>The row for <paramref name="message"/> with the families that are on; the gold labels are left unset.</summary>
    public static ModelInput Row(Message message, MessageContext context, FeatureFamilies families, NgramBuffer buffer)
    {
        var text = OwnText(message, context);
        var row = new ModelInput();
        TextVector.Fill(text, buffer, families.WordNgrams, families.CharNgrams);
        row.Text = buffer.ToVBuffer(TextVector.Size);
        if (families.PreviousText)
        {
            TextVector.Fill(PreviousText(context), buffer, families.WordNgrams, families.CharNgrams);
            row.PreviousText = buffer.ToVBuffer(TextVector.Size);
        }

        if (families.Context)
        {
            ContextVector.Fill(context, row.Context);
        }

        if (families.Shape)
        {
            ShapeVector.Fill(text, row.Shape);
        }

        if (families.Lexicon)
        {
            LexiconVector.Fill(text, row.Lexicon, Lexicon.Default);
        }

        return row;
    }
}
