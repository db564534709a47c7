using System.Text;

namespace TranscriptLens.Classification.Training;

/// <summary>
/// Splits by conversation, never by message: messages of one conversation share people, topics and
/// phrasing, so a message-level split would measure memory, not generalisation. The split is a pure
/// function of the conversation id (FNV-1a), so it is the same on every machine and run.
/// </summary>
internal static class ConversationSplit
{
    /// <summary>A number in 0..99 for the conversation id.</summary>
    public static int Bucket(string conversation) => (int)(Hash(conversation) % 100);

    /// <summary>True when the conversation is in the held-out share.</summary>
    public static bool IsHeldOut(string conversation, int heldOutPercent) => Bucket(conversation) < heldOutPercent;

    /// <summary>The cross-validation fold (0..<paramref name="folds"/>-1) of the conversation.</summary>
    public static int Fold(string conversation, int folds) => (int)(Hash(conversation) / 7 % (uint)folds);

    private static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}
