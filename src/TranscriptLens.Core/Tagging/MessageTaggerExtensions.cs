using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Tagging;

/// <summary>Conveniences over <see cref="IMessageTagger"/>.</summary>
public static class MessageTaggerExtensions
{
    /// <summary>
    /// Tags <paramref name="messages"/> with <see cref="SessionRules.Default"/>, the rules the models
    /// were trained with: for labelled data, evaluation and benchmarks, which have no analysis settings.
    /// </summary>
    public static IEnumerable<TaggedMessage> Tag(this IMessageTagger tagger, IEnumerable<Message> messages) =>
        tagger.Tag(messages, SessionRules.Default);
}
