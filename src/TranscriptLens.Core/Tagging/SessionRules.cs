namespace TranscriptLens.Core.Tagging;

/// <summary>The timing rules of docs/labels.md that both taggers and the training data share.</summary>
public static class SessionRules
{
    /// <summary>A lull longer than this ends a session (docs/labels.md#session: gaps of at most this stay in it); the next message starts one.</summary>
    public static TimeSpan SessionGap { get; } = TimeSpan.FromHours(4);

    /// <summary>A message after one's own unanswered message at least this much earlier is a follow-up.</summary>
    public static TimeSpan FollowUpGap { get; } = TimeSpan.FromHours(1);
}
