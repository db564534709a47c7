namespace TranscriptLens.Core.Parsing.Messenger;

/// <summary>
/// Instagram writes reactions a second time as English pseudo-messages in <c>content</c> ("Liked a
/// message", "Reacted ❤ to your message"); they are reactions, not turns, so the parser drops them
/// (chat-miner's <c>InstagramJsonParser</c> does the same). The export is English whatever the app's
/// language, so the two shapes are enough.
/// </summary>
internal static class MessengerReactionNotices
{
    /// <summary>True when a (repaired) content is one of Instagram's reaction notices.</summary>
    public static bool IsNotice(string content) =>
        content == "Liked a message"
        || (content.StartsWith("Reacted ", StringComparison.Ordinal) && content.EndsWith(" to your message", StringComparison.Ordinal));
}
