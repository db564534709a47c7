using System.Text;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Synthetic;

/// <summary>
/// A seeded generator of long, realistic-looking chat histories for benchmarks and scale tests:
/// sessions separated by lulls (overnight, days), turns of one to several messages, a heavy share
/// of short acknowledgements ("ok", "haha", "😂") as real chats have, long and multi-line messages,
/// media placeholders, questions, and follow-ups after silence. The first participant carries more
/// of the conversation (opens more sessions, writes longer messages). Same seed, same messages.
/// </summary>
public sealed class ChatHistoryGenerator(int seed, IReadOnlyList<string> participants)
{
    private static readonly string[] Short =
        ["ok", "okay", "k", "lol", "haha", "hahaha", "yeah", "yes", "no", "sure", "nice", "cool", "true", "mm", "yep",
         "😂", "👍", "❤️", "🙂", "omg", "same", "np", "thanks!", "ty", "lmao", "fair", "ah ok", "right", "oh no", "wow"];

    private static readonly string[] Openers =
        ["hey", "morning!", "hi you", "so", "guess what", "quick question", "are you free later?", "did you see this",
         "how was your day?", "can I tell you something?", "you around?", "ugh", "good news", "random thought"];

    private static readonly string[] Subjects =
        ["work", "the meeting", "my mum", "the flat", "dinner", "the trip", "your sister", "the car", "the doctor",
         "the weekend", "that show", "the dog", "rent", "the party", "my boss", "the gym", "the kids", "the train"];

    private static readonly string[] Clauses =
        ["I keep thinking about it", "it went better than I expected", "honestly I'm a bit tired of it",
         "I don't know what to do about it", "it was so funny", "I felt kind of ignored", "we should plan something",
         "I'll be home around 7", "can you pick up milk on the way", "I think I need a break from it",
         "it made me really happy", "I was worried all day", "let's talk about it tonight", "it's fine, really",
         "I didn't sleep much", "they finally called back", "I'm proud of how it went", "it's been a weird week"];

    private static readonly string[] Media = ["<Media omitted>", "<Media omitted>", "image omitted"];

    private readonly IReadOnlyList<string> _names = participants.Count >= 2
        ? participants
        : throw new ArgumentException("at least two participants", nameof(participants));

    /// <summary>Generates <paramref name="count"/> messages in time order, starting at <paramref name="start"/>.</summary>
    public IEnumerable<Message> Generate(int count, DateTime? start = null)
    {
        var random = new Random(seed);
        var time = start ?? new DateTime(2021, 1, 4, 8, 30, 0);
        var index = 0;
        var text = new StringBuilder();
        while (index < count)
        {
            // A lull before each session: mostly overnight or a few hours, sometimes days.
            var lull = random.NextDouble();
            time = time.AddMinutes(lull < 0.6 ? random.Next(241, 600) : lull < 0.9 ? random.Next(600, 1000) : random.Next(1000, 3000));
            var speaker = random.NextDouble() < 0.68 ? 0 : 1 + random.Next(_names.Count - 1);
            var turns = 2 + (int)(random.NextDouble() * random.NextDouble() * 60);
            for (var turn = 0; turn < turns && index < count; turn++)
            {
                var messagesInTurn = 1 + (random.NextDouble() < 0.35 ? random.Next(1, 4) : 0);
                for (var m = 0; m < messagesInTurn && index < count; m++)
                {
                    time = time.AddSeconds(m == 0 ? Latency(random) : random.Next(3, 90));
                    yield return Next(random, text, index++, time, speaker, opening: turn == 0 && m == 0);
                }

                // A follow-up after silence: the same person writes again more than an hour later.
                if (random.NextDouble() < 0.04 && index < count)
                {
                    time = time.AddMinutes(random.Next(61, 200));
                    yield return new Message(index++, ChatTime.Naive(time), _names[speaker], "hello?", MessageKind.Text);
                }

                speaker = speaker == 0 ? 1 + random.Next(_names.Count - 1) : 0;
            }
        }
    }

    private static int Latency(Random random) =>
        random.NextDouble() < 0.75 ? random.Next(5, 300) : random.Next(300, 7200);

    private Message Next(Random random, StringBuilder text, int index, DateTime time, int speaker, bool opening)
    {
        var name = _names[speaker];
        var roll = random.NextDouble();
        if (roll < 0.04)
        {
            return new Message(index, ChatTime.Naive(time), name, string.Empty, MessageKind.Media) { Attachment = Media[random.Next(Media.Length)] };
        }

        text.Clear();
        var carrier = speaker == 0;
        if (opening)
        {
            text.Append(Openers[random.Next(Openers.Length)]);
        }
        else if (roll < (carrier ? 0.22 : 0.40))
        {
            text.Append(Short[random.Next(Short.Length)]);
        }
        else
        {
            var clauses = 1 + random.Next(carrier ? 6 : 3);
            for (var c = 0; c < clauses; c++)
            {
                if (c > 0)
                {
                    text.Append(random.NextDouble() < 0.12 ? "\n" : random.NextDouble() < 0.5 ? ", and " : ". ");
                }

                text.Append(Clauses[random.Next(Clauses.Length)]);
                if (random.NextDouble() < 0.5)
                {
                    text.Append(" about ").Append(Subjects[random.Next(Subjects.Length)]);
                }
            }

            text.Append(random.NextDouble() < 0.25 ? "?" : random.NextDouble() < 0.15 ? " 😂" : string.Empty);
        }

        return new Message(index, ChatTime.Naive(time), name, text.ToString(), MessageKind.Text);
    }
}
