using TranscriptLens.Core.Model;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Core.Analysis;

/// <summary>
/// Which messages are bids for connection (docs/labels.md#bid, after Gottman): initiating or
/// explaining messages, and messages that ask a question. Deleted messages are never bids: they
/// have neither text nor tags.
/// </summary>
public static class BidRule
{
    /// <summary>True when <paramref name="message"/> with <paramref name="tags"/> is a bid.</summary>
    public static bool IsBid(Message message, MessageTags? tags)
    {
        if (message.Kind is MessageKind.System or MessageKind.Deleted)
        {
            return false;
        }

        if (tags is { } t && (t.Initiating || t.Engagement == Engagement.Explaining))
        {
            return true;
        }

        return TextShape.AsksQuestion(message.Text);
    }
}
