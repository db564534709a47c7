using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using TranscriptLens.Core.Diagnostics;

namespace TranscriptLens.Classification.Tagging;

/// <summary>
/// The weights of both linear predictors as plain arrays: 5 outputs (the four engagement classes,
/// then the initiating logit) over the shared feature slots. Reading them out of the trained models
/// is what lets the tagger add per-text and per-context parts itself instead of running ML.NET for
/// every message.
/// </summary>
internal sealed class LinearWeights
{
    /// <summary>Number of outputs: 4 engagement classes + 1 initiating logit.</summary>
    public const int Outputs = 5;

    private LinearWeights(float[][] weights, float[] bias)
    {
        Weights = weights;
        Bias = bias;
    }

    /// <summary>Weights[output][slot].</summary>
    public float[][] Weights { get; }

    /// <summary>Bias per output.</summary>
    public float[] Bias { get; }

    /// <summary>Reads the weights from the last transformer of each chain.</summary>
    public static LinearWeights From(ITransformer engagementChain, ITransformer initiatingChain, int featureCount)
    {
        var engagement = Predictor(engagementChain) as MaximumEntropyModelParameters
            ?? throw new ModelLoadException("the engagement model is not a linear maximum-entropy model");
        VBuffer<float>[] classes = [];
        engagement.GetWeights(ref classes, out var classCount);
        if (classes.Length > 0 && classes[0].Length != featureCount)
        {
            throw new ModelLoadException($"the engagement model has {classes[0].Length} features; this version of TranscriptLens computes {featureCount} (retrain with 'transcriptlens train')");
        }

        if (classCount != 4)
        {
            throw new ModelLoadException($"the engagement model has {classCount} classes; expected 4");
        }

        var weights = new float[Outputs][];
        var bias = new float[Outputs];
        var biases = engagement.GetBiases().ToArray();
        for (var k = 0; k < 4; k++)
        {
            weights[k] = Dense(classes[k], featureCount);
            bias[k] = biases[k];
        }

        var binary = Linear(Predictor(initiatingChain))
            ?? throw new ModelLoadException("the initiating model is not a linear binary model");
        var w = binary.Weights;
        if (w.Count != featureCount)
        {
            throw new ModelLoadException($"the initiating model has {w.Count} features; this version of TranscriptLens computes {featureCount} (retrain with 'transcriptlens train')");
        }

        weights[4] = new float[featureCount];
        for (var j = 0; j < Math.Min(w.Count, featureCount); j++)
        {
            weights[4][j] = w[j];
        }

        bias[4] = binary.Bias;
        return new LinearWeights(weights, bias);
    }

    private static object Predictor(ITransformer chain)
    {
        var last = chain is TransformerChain<ITransformer> c ? c.LastTransformer : chain;
        return last is IPredictionTransformer<object> p
            ? p.Model
            : throw new ModelLoadException("a model file does not end in a predictor");
    }

    // A calibrated binary model wraps the linear one; after loading from disk its generic type
    // arguments differ from the trained one, so the sub-model is read by its public property.
    private static LinearBinaryModelParameters? Linear(object model) => model switch
    {
        LinearBinaryModelParameters linear => linear,
        _ => model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name == "SubModel" && p.GetIndexParameters().Length == 0)
            .Select(p => p.GetValue(model))
            .OfType<LinearBinaryModelParameters>()
            .FirstOrDefault(),
    };

    private static float[] Dense(VBuffer<float> vector, int size)
    {
        var dense = new float[size];
        var values = vector.GetValues();
        var indices = vector.GetIndices();
        for (var i = 0; i < values.Length; i++)
        {
            var slot = vector.IsDense ? i : indices[i];
            if (slot < size)
            {
                dense[slot] = values[i];
            }
        }

        return dense;
    }
}
