using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Tagging.Baseline;

/// <summary>
/// A deterministic tagger from word lists and the session-gap rule, evaluated beside the trained
/// models so their value is measured, not assumed. Initiating: a session start, a follow-up after
/// one's own unanswered message, or an opener ("anyway", "btw", "guess what"…). Engagement: bare
/// acknowledgements are minimal, deflection phrases deflecting, long or self-disclosing messages
/// explaining, the rest neutral. It is not probabilistic: confidence is always 1.
/// </summary>
public sealed class KeywordBaselineTagger : IMessageTagger
{
    /// <inheritdoc />
    public string Name => "keyword-baseline";

    /// <inheritdoc />
    public IEnumerable<TaggedMessage> Tag(IEnumerable<Message> messages, SessionRules rules)
    {
        var tracker = new ContextTracker(rules);
        foreach (var message in messages)
        {
            var context = tracker.Next(message);
            yield return new TaggedMessage(message, TaggingRules.IsUntagged(message) ? null : Tag(message, context));
        }
    }

    /// <summary>Tags one message in its context.</summary>
    public static MessageTags Tag(Message message, MessageContext context)
    {
        var text = Normalise(message.Text);
        var initiating = context.SessionStart || context.FollowUp || StartsWithAny(text, KeywordLists.Openers);
        return new MessageTags(initiating, Engagement(message, text), 1f);
    }

    private static Engagement Engagement(Message message, string text)
    {
        if (TaggingRules.IsBareMedia(message) || TextShape.IsEmojiOnly(message.Text) || KeywordLists.Minimal.Contains(text))
        {
            return Tagging.Engagement.Minimal;
        }

        if (ContainsAny(text, KeywordLists.Deflecting))
        {
            return Tagging.Engagement.Deflecting;
        }

        var words = TextShape.WordCount(text);
        if (words >= 20 || (words >= 6 && ContainsAny(text, KeywordLists.Explaining)))
        {
            return Tagging.Engagement.Explaining;
        }

        return Tagging.Engagement.Neutral;
    }

    private static string Normalise(string text)
    {
        var lower = text.ToLowerInvariant().Replace('’', '\'');
        return lower.Trim().TrimEnd('.', '!', '?', ',', ' ', '~').Trim();
    }

    private static bool StartsWithAny(string text, string[] phrases) =>
        phrases.Any(p => text.StartsWith(p, StringComparison.Ordinal));

    private static bool ContainsAny(string text, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            var at = text.IndexOf(phrase, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = at + phrase.Length;
                var startOk = at == 0 || !char.IsLetter(text[at - 1]);
                var endOk = end >= text.Length || !char.IsLetter(text[end]);
                if (startOk && endOk)
                {
                    return true;
                }

                at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            }
        }

        return false;
    }
}
