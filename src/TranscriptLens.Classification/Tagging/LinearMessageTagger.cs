using System.Runtime.InteropServices;
using Microsoft.ML;
using Microsoft.ML.Data;
using TranscriptLens.Classification.Features;
using TranscriptLens.Classification.Training;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Classification.Tagging;

/// <summary>
/// Applies the two trained linear models in batches. Both scores are sums of three independent parts
/// (own text, previous text, timing context), so each unique text is featurised by ML.NET once per
/// stream, through <c>Transform</c> over a batch of unseen texts, and its per-class contribution is
/// cached; chats repeat themselves ("ok", "lol", "😂"), and a repeated text then costs a dictionary
/// look-up plus 5 × 13 multiply-adds for the context. The result is the same as running the saved
/// ML.NET chains row by row (a test checks it). Not thread-safe per enumeration, but one instance
/// may serve several streams at once: each <see cref="Tag"/> keeps its own state.
/// </summary>
public sealed class LinearMessageTagger : IMessageTagger
{
    private const int BatchSize = 8192;
    private const int CacheLimit = 200_000;
    private const int ParallelThreshold = 2048;

    private readonly MLContext _ml;
    private readonly ITransformer _featurizer;
    private readonly LinearWeights _weights;
    private readonly int _previousStart;
    private readonly int _previousEnd;
    private readonly float[][] _contextWeights;

    /// <summary>Builds the tagger from fitted chains (featuriser + predictor) that share one featuriser.</summary>
    public LinearMessageTagger(MLContext ml, ITransformer engagementChain, ITransformer initiatingChain)
    {
        _ml = ml;
        var chain = engagementChain as TransformerChain<ITransformer>
            ?? throw new Core.Diagnostics.ModelLoadException("the engagement model is not a transformer chain");
        _featurizer = new TransformerChain<ITransformer>(chain.Take(chain.Count() - 1).ToArray());
        var schema = _featurizer.GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<ModelInput>()).Schema);
        var sizes = ModelTrainer.FeatureColumns.Select(c => ((VectorDataViewType)schema[c].Type).Size).ToArray();
        var featureCount = ((VectorDataViewType)schema["Features"].Type).Size;
        _previousStart = sizes[0];
        _previousEnd = sizes[0] + sizes[1];
        var contextStart = _previousEnd;
        _weights = LinearWeights.From(engagementChain, initiatingChain, featureCount);
        _contextWeights = _weights.Weights.Select(w => w.AsSpan(contextStart, ContextVector.Size).ToArray()).ToArray();
    }

    /// <inheritdoc />
    public string Name => "ml";

    /// <inheritdoc />
    public IEnumerable<TaggedMessage> Tag(IEnumerable<Message> messages)
    {
        var tracker = new ContextTracker();
        var cache = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var batch = new List<Pending>(BatchSize);
        foreach (var message in messages)
        {
            var context = tracker.Next(message);
            if (TaggingRules.IsUntagged(message))
            {
                batch.Add(new Pending(message, null, string.Empty, string.Empty));
            }
            else
            {
                var text = ModelText.Normalise(TaggingRules.IsBareMedia(message) ? string.Empty : message.Text, context.Participants);
                var previous = ModelText.Normalise(context.PreviousText, context.Participants);
                batch.Add(new Pending(message, context, text, previous));
            }

            if (batch.Count == BatchSize)
            {
                foreach (var tagged in Flush(batch, cache))
                {
                    yield return tagged;
                }
            }
        }

        foreach (var tagged in Flush(batch, cache))
        {
            yield return tagged;
        }
    }

    private List<TaggedMessage> Flush(List<Pending> batch, Dictionary<string, float[]> cache)
    {
        if (cache.Count > CacheLimit)
        {
            cache.Clear();
        }

        var unseen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pending in batch)
        {
            if (pending.Context is not null)
            {
                if (!cache.ContainsKey(pending.Text))
                {
                    unseen.Add(pending.Text);
                }

                if (!cache.ContainsKey(pending.Previous))
                {
                    unseen.Add(pending.Previous);
                }
            }
        }

        Featurize(unseen.ToArray(), cache);
        var result = new List<TaggedMessage>(batch.Count);
        Span<float> context = stackalloc float[ContextVector.Size];
        Span<float> scores = stackalloc float[LinearWeights.Outputs];
        foreach (var pending in batch)
        {
            if (pending.Context is null)
            {
                result.Add(new TaggedMessage(pending.Message, null));
                continue;
            }

            ContextVector.Fill(pending.Context, context);
            var own = cache[pending.Text];
            var previous = cache[pending.Previous];
            for (var k = 0; k < LinearWeights.Outputs; k++)
            {
                var sum = _weights.Bias[k] + own[k] + previous[LinearWeights.Outputs + k];
                var w = _contextWeights[k];
                for (var c = 0; c < ContextVector.Size; c++)
                {
                    sum += w[c] * context[c];
                }

                scores[k] = sum;
            }

            result.Add(new TaggedMessage(pending.Message, Decide(pending.Message, scores)));
        }

        batch.Clear();
        return result;
    }

    private static MessageTags Decide(Message message, ReadOnlySpan<float> scores)
    {
        var initiating = scores[4] > 0;
        if (TaggingRules.IsBareMedia(message))
        {
            return new MessageTags(initiating, Engagement.Minimal, 1f);
        }

        var best = 0;
        for (var k = 1; k < 4; k++)
        {
            if (scores[k] > scores[best])
            {
                best = k;
            }
        }

        var total = 0f;
        for (var k = 0; k < 4; k++)
        {
            total += MathF.Exp(scores[k] - scores[best]);
        }

        return new MessageTags(initiating, (Engagement)best, 1f / total);
    }

    private void Featurize(string[] texts, Dictionary<string, float[]> cache)
    {
        if (texts.Length == 0)
        {
            return;
        }

        if (texts.Length < ParallelThreshold || Environment.ProcessorCount < 2)
        {
            foreach (var (text, parts) in Contributions(texts))
            {
                cache[text] = parts;
            }

            return;
        }

        // Featurisation is most of the cost of new texts; the fitted transformers are immutable, so
        // two cursors over two halves run on both cores.
        var half = texts.Length / 2;
        var first = Task.Run(() => Contributions(texts.AsSpan(0, half).ToArray()));
        var second = Contributions(texts.AsSpan(half).ToArray());
        foreach (var (text, parts) in first.GetAwaiter().GetResult().Concat(second))
        {
            cache[text] = parts;
        }
    }

    private List<(string Text, float[] Parts)> Contributions(string[] texts)
    {
        var rows = new ModelInput[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            var row = new ModelInput { Text = texts[i], PreviousText = texts[i] };
            FeatureExtractor.FillText(row, texts[i]);
            rows[i] = row;
        }

        var output = _featurizer.Transform(_ml.Data.LoadFromEnumerable(rows));
        var column = output.Schema["Features"];
        using var cursor = output.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        var features = default(VBuffer<float>);
        var result = new List<(string, float[])>(texts.Length);
        var index = 0;
        while (cursor.MoveNext())
        {
            getter(ref features);
            result.Add((texts[index++], Parts(features)));
        }

        return result;
    }

    private float[] Parts(in VBuffer<float> features)
    {
        var parts = new float[2 * LinearWeights.Outputs];
        var values = features.GetValues();
        var indices = features.IsDense ? default : features.GetIndices();
        for (var i = 0; i < values.Length; i++)
        {
            var slot = features.IsDense ? i : indices[i];
            var value = values[i];
            if (value == 0)
            {
                continue;
            }

            var offset = slot >= _previousStart && slot < _previousEnd ? LinearWeights.Outputs : 0;
            for (var k = 0; k < LinearWeights.Outputs; k++)
            {
                parts[offset + k] += _weights.Weights[k][slot] * value;
            }
        }

        return parts;
    }

    [StructLayout(LayoutKind.Auto)]
    private readonly record struct Pending(Message Message, MessageContext? Context, string Text, string Previous);
}
