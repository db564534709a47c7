using System.Globalization;

namespace TranscriptLens.Classification.Evaluation;

/// <summary>Renders a model's and the baseline's metrics side by side as plain text (<c>evaluate</c>).</summary>
public static class MetricsTextReport
{
    /// <summary>Writes both axes: headline figures, per-label scores, confusion matrices.</summary>
    public static void Write(TextWriter output, TaggerMetrics model, TaggerMetrics baseline)
    {
        output.WriteLine($"messages tagged: {model.Engagement.Count}");
        Axis(output, "engagement", model.Engagement, baseline.Engagement, model.Tagger, baseline.Tagger, null);
        Axis(output, "initiating", model.Initiating, baseline.Initiating, model.Tagger, baseline.Tagger, TaggerEvaluator.InitiatingLabel);
        Axis(output, "initiating, within sessions (session starts excluded)", model.InitiatingWithinSessions, baseline.InitiatingWithinSessions, model.Tagger, baseline.Tagger, TaggerEvaluator.InitiatingLabel);
    }

    private static void Axis(TextWriter output, string name, AxisMetrics model, AxisMetrics baseline, string modelName, string baselineName, string? positive)
    {
        output.WriteLine();
        output.WriteLine($"== {name} ==");
        output.WriteLine($"{string.Empty,-22}{modelName,12}{baselineName,20}");
        output.WriteLine($"{"accuracy",-22}{F(model.Accuracy),12}{F(baseline.Accuracy),20}");
        output.WriteLine($"{"macro-F1",-22}{F(model.MacroF1),12}{F(baseline.MacroF1),20}");
        if (positive is not null)
        {
            output.WriteLine($"{"F1 (" + positive + ")",-22}{F(model.For(positive).F1),12}{F(baseline.For(positive).F1),20}");
        }

        output.WriteLine();
        output.WriteLine($"{"label",-16}{"support",8}   {"P",6}{"R",7}{"F1",7}   | baseline {"P",6}{"R",7}{"F1",7}");
        foreach (var (m, b) in model.PerLabel.Zip(baseline.PerLabel))
        {
            output.WriteLine($"{m.Label,-16}{m.Support,8}   {F(m.Precision),6}{F(m.Recall),7}{F(m.F1),7}   |          {F(b.Precision),6}{F(b.Recall),7}{F(b.F1),7}");
        }

        Confusion(output, $"confusion ({modelName}; rows gold, columns predicted)", model);
        Confusion(output, $"confusion ({baselineName})", baseline);
    }

    private static void Confusion(TextWriter output, string title, AxisMetrics metrics)
    {
        output.WriteLine();
        output.WriteLine(title);
        output.WriteLine($"{string.Empty,-16}" + string.Concat(metrics.Labels.Select(l => $"{Short(l),15}")));
        for (var g = 0; g < metrics.Labels.Count; g++)
        {
            output.WriteLine($"{metrics.Labels[g],-16}" + string.Concat(metrics.Confusion[g].Select(c => c.ToString(CultureInfo.InvariantCulture).PadLeft(15))));
        }
    }

    private static string Short(string label) => label.Length > 14 ? label[..14] : label;

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
