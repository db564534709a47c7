using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Tagging;

/// <summary>
/// Computes each message's <see cref="MessageContext"/> from the messages before it, keeping one small
/// state per <see cref="Message.Conversation"/> so interleaved conversations do not mix. Memory grows
/// with the number of conversations, not with the history. System messages do not count: they are
/// never tagged and are not turns; deleted messages do count (a turn with no text).
/// </summary>
public sealed class ContextTracker
{
    private readonly Dictionary<string, State> _states = new(StringComparer.Ordinal);
    private readonly SessionRules _rules;

    /// <summary>Applies <paramref name="rules"/> (the analysis's), or <see cref="SessionRules.Default"/> when null.</summary>
    public ContextTracker(SessionRules? rules = null) => _rules = rules ?? SessionRules.Default;

    /// <summary>Returns the context of <paramref name="message"/> and records it as the latest message of its conversation.</summary>
    public MessageContext Next(Message message)
    {
        var key = message.Conversation ?? string.Empty;
        if (!_states.TryGetValue(key, out var state))
        {
            state = new State();
            _states[key] = state;
        }

        if (message.Kind == MessageKind.System)
        {
            return Describe(state, message);
        }

        if (message.Sender is { } sender)
        {
            state.Participants.Add(sender);
        }

        var context = Describe(state, message);
        state.TurnPosition = context.TurnPosition;
        state.Previous = message;
        return context;
    }

    private MessageContext Describe(State state, Message message)
    {
        if (state.Previous is not { } previous)
        {
            return new MessageContext(true, true, null, false, false, string.Empty, null, false, 0, state.Participants);
        }

        var gapTicks = message.Timestamp.Ticks - previous.Timestamp.Ticks;
        var sameSender = message.Sender is not null && string.Equals(previous.Sender, message.Sender, StringComparison.Ordinal);
        return new MessageContext(
            IsFirst: false,
            SessionStart: _rules.EndsSession(gapTicks),
            SecondsSincePrevious: message.Timestamp.SecondsSince(previous.Timestamp),
            PreviousSameSender: sameSender,
            FollowUp: _rules.IsFollowUp(sameSender, gapTicks),
            PreviousText: previous.Text,
            PreviousKind: previous.Kind,
            PreviousAsked: TextShape.AsksQuestion(previous.Text),
            TurnPosition: sameSender ? state.TurnPosition + 1 : 0,
            Participants: state.Participants);
    }

    private sealed class State
    {
        public Message? Previous { get; set; }

        public int TurnPosition { get; set; }

        public HashSet<string> Participants { get; } = new(StringComparer.Ordinal);
    }
}
