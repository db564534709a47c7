using TranscriptLens.Core.Model;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Classification.Data;

/// <summary>
/// One labelled message of the training data (<c>models/training/</c>): a message of a conversation
/// with its two gold tags. Media placeholders written as text become media messages (with the caption,
/// if any, as text), as a parser would deliver them.
/// </summary>
/// <param name="Message">The message, with <see cref="Message.Thread"/> set to the conversation id.</param>
/// <param name="Gold">The labelled tags (confidence 1).</param>
public sealed record LabelledMessage(Message Message, MessageTags Gold)
{
    /// <summary>The conversation id (<c>conv</c>).</summary>
    public string Conversation => Message.Thread ?? string.Empty;

    /// <summary>Builds one from the fields of a data row.</summary>
    public static LabelledMessage Create(string conversation, int index, DateTime timestamp, string sender, string text, bool initiating, Engagement engagement)
    {
        var media = MediaPlaceholder.Split(text);
        var message = new Message(index, ChatTime.Naive(timestamp), sender, media?.Caption ?? text, media is null ? MessageKind.Text : MessageKind.Media)
        {
            Thread = conversation,
            Attachment = media?.Attachment,
        };
        return new LabelledMessage(message, new MessageTags(initiating, engagement, 1f));
    }
}
