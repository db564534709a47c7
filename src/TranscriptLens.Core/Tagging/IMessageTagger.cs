using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Tagging;

/// <summary>
/// Tags messages on both axes. Streams: it reads messages in time order (several conversations may
/// interleave; context is kept per <see cref="Message.Conversation"/>), batches internally, and
/// yields one <see cref="TaggedMessage"/> per input message in the same order. System messages get
/// null tags. Implementations may look at the messages before each one (context), never after.
/// </summary>
public interface IMessageTagger
{
    /// <summary>A short name for reports and the model card (e.g. <c>ml</c>, <c>keyword-baseline</c>).</summary>
    string Name { get; }

    /// <summary>
    /// Tags the stream lazily. <paramref name="rules"/> say where sessions end and what a follow-up
    /// is, for the context each message is judged in: the analysis passes its own, so the tags and
    /// the report agree on every session.
    /// </summary>
    IEnumerable<TaggedMessage> Tag(IEnumerable<Message> messages, SessionRules rules);
}
