using Microsoft.ML;
using TranscriptLens.Classification.Features;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Classification.Tagging;

/// <summary>
/// Applies the two trained linear models. Both scores are sums of three independent parts (own
/// text, previous text, timing context), so each unique text is featurised once per stream and its
/// contribution to the five outputs (four engagement classes, the initiating logit) is cached.
/// Chats repeat themselves ("ok", "lol", "😂"): a repeated text then costs a dictionary look-up plus
/// 5 × 13 multiply-adds for the context. The result equals running the saved ML.NET chains on the
/// same rows (a test checks it). Messages are processed in batches of 4,096: new texts of a batch
/// are featurised on both cores, then the batch is scored in order. One instance may serve several
/// streams at once: each <see cref="Tag"/> enumeration keeps its own state; the batch and the cache
/// are bounded, so memory stays flat for long histories.
/// </summary>
internal sealed class LinearMessageTagger : IMessageTagger
{
    private const int Outputs = LinearWeights.Outputs;
    // Texts cached before the cache starts over. Small on purpose: the texts that repeat ("ok", "lol",
    // "😂") come back within any few thousand messages, while most others never repeat; a 200,000-text
    // cache made tagging 1M messages about 10 % slower (more memory touched, more objects promoted).
    private const int CacheLimit = 32_768;
    private const int BatchSize = 4096;
    private const int ParallelThreshold = 512;

    private readonly float[] _bias;
    private readonly float[] _bySlot;
    private readonly float[] _textWeights;
    private readonly bool _usesShape;
    private readonly bool _usesLexicon;

    /// <summary>Builds the tagger from the two fitted chains (concatenation + linear predictor).</summary>
    public LinearMessageTagger(ITransformer engagementChain, ITransformer initiatingChain)
    {
        var weights = LinearWeights.From(engagementChain, initiatingChain, FeatureLayout.Size);
        _bias = weights.Bias;

        // Slot-major: one feature touches five adjacent floats.
        _bySlot = new float[FeatureLayout.Size * Outputs];
        for (var k = 0; k < Outputs; k++)
        {
            for (var slot = 0; slot < FeatureLayout.Size; slot++)
            {
                _bySlot[(slot * Outputs) + k] = weights.Weights[k][slot];
            }
        }

        // A family trained as zeros (ablation, or not shipped) has zero weights: skip computing it.
        _usesShape = Uses(FeatureLayout.Shape, ShapeVector.Size);
        _usesLexicon = Uses(FeatureLayout.Lexicon, LexiconVector.Size);
        _textWeights = new float[TextVector.Size * 2 * Outputs];
        for (var slot = 0; slot < TextVector.Size; slot++)
        {
            for (var k = 0; k < Outputs; k++)
            {
                _textWeights[(slot * 2 * Outputs) + k] = weights.Weights[k][FeatureLayout.Text + slot];
                _textWeights[(slot * 2 * Outputs) + Outputs + k] = weights.Weights[k][FeatureLayout.PreviousText + slot];
            }
        }
    }

    /// <inheritdoc />
    public string Name => "ml";

    /// <inheritdoc />
    public IEnumerable<TaggedMessage> Tag(IEnumerable<Message> messages, SessionRules rules)
    {
        var tracker = new ContextTracker(rules);
        var cache = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var unseen = new List<(string Text, float[] Parts)>();
        var latest = new Dictionary<string, Latest>(StringComparer.Ordinal);
        var batch = new List<Pending>(BatchSize);
        foreach (var message in messages)
        {
            var context = tracker.Next(message);
            if (TaggingRules.IsUntagged(message))
            {
                batch.Add(new Pending(message, null, [], [], false));
            }
            else
            {
                var bareMedia = TaggingRules.IsBareMedia(message);
                var own = Note(bareMedia ? string.Empty : ModelText.Normalise(message.Text, context.Participants), cache, unseen);
                var key = message.Conversation ?? string.Empty;
                var participants = context.Participants.Count;

                // The previous text is usually the previous message's own text, already normalised
                // with the same participants: reuse its parts instead of normalising and hashing again.
                var previous = latest.TryGetValue(key, out var last) && ReferenceEquals(last.Text, context.PreviousText) && last.Participants == participants
                    ? last.Parts
                    : Note(FeatureExtractor.PreviousText(context), cache, unseen);
                latest[key] = new Latest(message.Text, participants, own);
                batch.Add(new Pending(message, context, own, previous, bareMedia));
            }

            if (batch.Count == BatchSize)
            {
                foreach (var tagged in Flush(batch, cache, unseen))
                {
                    yield return tagged;
                }
            }
        }

        foreach (var tagged in Flush(batch, cache, unseen))
        {
            yield return tagged;
        }
    }

    // A text not cached yet gets its (empty) parts array at once, so it is queued only once per
    // batch and the batch holds the arrays themselves: no second look-up when scoring.
    private static float[] Note(string text, Dictionary<string, float[]> cache, List<(string Text, float[] Parts)> unseen)
    {
        if (!cache.TryGetValue(text, out var parts))
        {
            parts = new float[2 * Outputs];
            cache[text] = parts;
            unseen.Add((text, parts));
        }

        return parts;
    }

    private TaggedMessage[] Flush(List<Pending> batch, Dictionary<string, float[]> cache, List<(string Text, float[] Parts)> unseen)
    {
        ComputeParts(unseen);
        var result = new TaggedMessage[batch.Count];
        var context = new float[ContextVector.Size];
        var scores = new float[Outputs];
        for (var i = 0; i < batch.Count; i++)
        {
            var pending = batch[i];
            if (pending.Context is null)
            {
                result[i] = new TaggedMessage(pending.Message, null);
                continue;
            }

            ContextVector.Fill(pending.Context, context);
            Score(pending.Text, pending.Previous, context, scores);
            result[i] = new TaggedMessage(pending.Message, Decide(pending.BareMedia, scores));
        }

        batch.Clear();
        unseen.Clear();
        if (cache.Count > CacheLimit)
        {
            cache.Clear();
        }

        return result;
    }

    // New texts are most of the cost; they are independent, so a large batch of them is split
    // over two cores (the weights are read-only, each worker has its own buffer).
    private void ComputeParts(List<(string Text, float[] Parts)> unseen)
    {
        if (unseen.Count >= ParallelThreshold && Environment.ProcessorCount > 1)
        {
            var half = unseen.Count / 2;
            var other = Task.Run(() => ComputeRange(unseen, half, unseen.Count));
            ComputeRange(unseen, 0, half);
            other.GetAwaiter().GetResult();
        }
        else
        {
            ComputeRange(unseen, 0, unseen.Count);
        }
    }

    private void ComputeRange(List<(string Text, float[] Parts)> texts, int from, int to)
    {
        var buffer = new NgramBuffer();
        Span<float> dense = stackalloc float[Math.Max(ShapeVector.Size, LexiconVector.Size)];
        for (var i = from; i < to; i++)
        {
            Parts(texts[i].Text, texts[i].Parts, buffer, dense);
        }
    }

    private void Score(float[] own, float[] previous, float[] context, float[] scores)
    {
        for (var k = 0; k < Outputs; k++)
        {
            scores[k] = _bias[k] + own[k] + previous[Outputs + k];
        }

        for (var c = 0; c < ContextVector.Size; c++)
        {
            var value = context[c];
            if (value != 0)
            {
                var row = (FeatureLayout.Context + c) * Outputs;
                for (var k = 0; k < Outputs; k++)
                {
                    scores[k] += _bySlot[row + k] * value;
                }
            }
        }
    }

    private static MessageTags Decide(bool bareMedia, float[] scores)
    {
        var initiating = scores[4] > 0;
        if (bareMedia)
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

    // The contributions of one text: [0..5) as the message's own text (n-grams, shape, lexicon),
    // [5..10) as the previous message's text.
    private void Parts(string text, float[] parts, NgramBuffer buffer, Span<float> dense)
    {
        var lower = text.ToLowerInvariant();
        TextVector.FillLower(lower, buffer);

        // Own and previous weights of one n-gram slot are adjacent: one cache line, not two.
        WeightRows.Add(_textWeights, buffer.Slots, buffer.Values, parts);

        if (_usesShape)
        {
            ShapeVector.Fill(text, dense[..ShapeVector.Size]);
            for (var i = 0; i < ShapeVector.Size; i++)
            {
                Add(parts, FeatureLayout.Shape + i, dense[i]);
            }
        }

        if (_usesLexicon)
        {
            LexiconVector.FillLower(lower, dense[..LexiconVector.Size], Lexicon.Default);
            for (var i = 0; i < LexiconVector.Size; i++)
            {
                Add(parts, FeatureLayout.Lexicon + i, dense[i]);
            }
        }
    }

    private bool Uses(int start, int length) => _bySlot.AsSpan(start * Outputs, length * Outputs).ContainsAnyExcept(0f);

    private void Add(float[] parts, int slot, float value)
    {
        if (value == 0)
        {
            return;
        }

        var row = slot * Outputs;
        for (var k = 0; k < Outputs; k++)
        {
            parts[k] += _bySlot[row + k] * value;
        }
    }

    private readonly record struct Latest(string Text, int Participants, float[] Parts);

    private readonly record struct Pending(Message Message, MessageContext? Context, float[] Text, float[] Previous, bool BareMedia);
}
