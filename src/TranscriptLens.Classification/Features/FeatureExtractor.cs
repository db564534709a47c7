using TranscriptLens.Core.Model;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Classification.Features;

/// <summary>Turns a message and its context into a <see cref="ModelInput"/> row (training and the reference path).</summary>
public static class FeatureExtractor
{
    /// <summary>The row for <paramref name="message"/>; the gold labels are left unset.</summary>
    public static ModelInput Row(Message message, MessageContext context)
    {
        var row = new ModelInput
        {
            Text = ModelText.Normalise(message.Text, context.Participants),
            PreviousText = ModelText.Normalise(context.PreviousText, context.Participants),
        };
        ContextVector.Fill(context, row.Context);
        FillText(row, row.Text);
        return row;
    }

    /// <summary>Fills the parts of a row that depend on the own (normalised) text alone.</summary>
    public static void FillText(ModelInput row, string normalisedText)
    {
        ShapeVector.Fill(normalisedText, row.Shape);
        LexiconVector.Fill(normalisedText, row.Lexicon, Lexicon.Default);
    }
}
