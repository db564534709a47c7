using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Tagging;

/// <summary>
/// What the messages before one message say about it, within its conversation: the inputs that let a
/// tagger judge a message "in its context" (docs/labels.md#rules-for-hard-cases). Computed by
/// <see cref="ContextTracker"/> from earlier messages only; system messages are invisible to it.
/// </summary>
/// <param name="IsFirst">No earlier (non-system) message in the conversation.</param>
/// <param name="SessionStart">First message, or the gap since the previous message is longer than the session gap (<see cref="SessionRules.EndsSession"/>).</param>
/// <param name="SecondsSincePrevious">Seconds since the previous message; null for the first.</param>
/// <param name="PreviousSameSender">The previous message is by the same sender (a double text or a follow-up).</param>
/// <param name="FollowUp">The sender writes again after their own message went unanswered for at least the follow-up gap (<see cref="SessionRules.IsFollowUp"/>).</param>
/// <param name="PreviousText">The previous message's text; empty when there is none or it had none.</param>
/// <param name="PreviousKind">The previous message's kind; null for the first.</param>
/// <param name="PreviousAsked">The previous message asks something (contains ?, ¿ or ？).</param>
/// <param name="TurnPosition">How many messages of the same sender come right before this one in the current turn (0 = a new turn).</param>
/// <param name="Participants">Senders seen so far in the conversation, this one included (for masking names in text).</param>
public sealed record MessageContext(
    bool IsFirst,
    bool SessionStart,
    double? SecondsSincePrevious,
    bool PreviousSameSender,
    bool FollowUp,
    string PreviousText,
    MessageKind? PreviousKind,
    bool PreviousAsked,
    int TurnPosition,
    IReadOnlyCollection<string> Participants);
