namespace TranscriptLens.Classification.Data;

/// <summary>Labelled messages grouped by conversation (each in index order), with the files they came from.</summary>
public sealed record TrainingSet(IReadOnlyList<IReadOnlyList<LabelledMessage>> Conversations, IReadOnlyList<DataFile> Files)
{
    /// <summary>All messages, conversation by conversation.</summary>
    public IEnumerable<LabelledMessage> Messages => Conversations.SelectMany(c => c);

    /// <summary>Number of messages.</summary>
    public int Count => Conversations.Sum(c => c.Count);

    /// <summary>The conversations for which <paramref name="keep"/> holds.</summary>
    public TrainingSet Where(Func<string, bool> keep) =>
        this with { Conversations = Conversations.Where(c => keep(c[0].Conversation)).ToArray() };
}
