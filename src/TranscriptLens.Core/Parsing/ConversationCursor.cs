namespace TranscriptLens.Core.Parsing;

/// <summary>
/// Where <see cref="MessageOrdering"/> stands in one conversation: the time of the last message it
/// delivered and the next index to give. Held by reference beside each buffered message, so that a
/// history of millions of messages costs one dictionary lookup per conversation change, not several
/// per message.
/// </summary>
internal sealed class ConversationCursor
{
    /// <summary>Ordering ticks of the last message delivered (<see cref="long.MinValue"/> before the first).</summary>
    public long LastDelivered { get; set; } = long.MinValue;

    /// <summary>The index the next delivered message gets.</summary>
    public int NextIndex { get; set; }
}
