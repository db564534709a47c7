namespace TranscriptLens.Classification.Cards;

/// <summary>How many messages, conversations and labels a set holds.</summary>
public sealed record CountsJson(int Messages, int Conversations, IReadOnlyDictionary<string, int> Engagement, int Initiating);
