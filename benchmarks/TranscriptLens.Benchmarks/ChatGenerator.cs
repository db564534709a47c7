using TranscriptLens.Core.Model;

namespace TranscriptLens.Benchmarks;

/// <summary>
/// A seeded generator of realistic chat: about a third of messages are the short acknowledgements
/// real chats are full of ("ok", "lol", "😂"), the rest are sentences assembled from word pools, so
/// most of them are unique texts (the expensive case for the tagger's per-text cache). Replies come
/// seconds to minutes apart, with occasional lulls of hours and turns of several messages.
/// </summary>
internal static class ChatGenerator
{
    private static readonly string[] Short =
    [
        "ok", "okay", "k", "lol", "haha", "hahaha", "yeah", "yep", "sure", "nice", "cool", "😂", "👍", "❤️", "mm", "true",
        "lmao", "omg", "thanks!", "np", "idk", "same", "fair", "good night", "ok see you", "yes", "no", "haha nice", "wow", "😭",
    ];

    private static readonly string[] Openers =
        ["I think", "honestly", "so", "did you", "can we", "I was", "are you", "my mum", "the meeting", "we should", "I can't believe", "remember when"];

    private static readonly string[] Middles =
    [
        "go to the", "talk about the", "finish the", "see the", "call about the", "pick up the", "worry about the",
        "book the", "fix the", "get the", "cancel the", "move the", "forget the", "look at the", "pay for the",
    ];

    private static readonly string[] Nouns =
    [
        "dinner", "car", "tickets", "flat", "doctor", "presentation", "party", "kids", "rent", "train", "game", "boss",
        "dog", "groceries", "wedding", "exam", "concert", "plan", "weekend", "bill", "holiday", "interview", "laptop", "garden",
    ];

    private static readonly string[] Tails =
        ["", "?", "!", " tomorrow", " tonight at 7", " because I'm tired", " lol", " 😅", " later?", " this weekend", " again", " first"];

    /// <summary><paramref name="count"/> messages between two people, in time order, from <paramref name="seed"/>.</summary>
    public static Message[] Generate(int count, int seed)
    {
        var random = new Random(seed);
        var messages = new Message[count];
        var time = new DateTime(2023, 1, 1, 8, 0, 0);
        var sender = 0;
        for (var i = 0; i < count; i++)
        {
            var roll = random.NextDouble();
            time = time.AddSeconds(roll < 0.02 ? random.Next(4 * 3600, 20 * 3600) : random.Next(5, 600));
            if (random.NextDouble() < 0.6)
            {
                sender = 1 - sender;
            }

            var text = random.NextDouble() < 0.35
                ? Short[random.Next(Short.Length)]
                : $"{Pick(random, Openers)} {Pick(random, Middles)} {Pick(random, Nouns)}{Pick(random, Tails)}"
                    + (random.NextDouble() < 0.5 ? $" and {Pick(random, Middles)} {Pick(random, Nouns)}{Pick(random, Tails)}" : string.Empty);
            var kind = random.NextDouble() < 0.03 ? MessageKind.Media : MessageKind.Text;
            messages[i] = new Message(i, ChatTime.Naive(time), sender == 0 ? "Maya" : "Tom", kind == MessageKind.Media ? string.Empty : text, kind);
        }

        return messages;
    }

    private static string Pick(Random random, string[] pool) => pool[random.Next(pool.Length)];
}
