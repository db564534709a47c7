using TranscriptLens.Core.Model;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Tests.Reports;

/// <summary>
/// A seeded, realistic two-person chat with tags, for building real reports through the analysis:
/// eight months, one to three conversations a day; the first person opens about two thirds of the
/// conversations, explains more and replies within minutes; the second replies more slowly and more
/// briefly; a sparse month (too little data for a composite) and a silent month (a gap).
/// </summary>
internal static class SyntheticCouple
{
    private static readonly DateTime Start = new(2024, 1, 8, 8, 0, 0);
    private static readonly DateTime End = new(2024, 9, 1);

    private static readonly Dictionary<Engagement, string[]> Texts = new()
    {
        [Engagement.Explaining] =
        [
            "I got quiet at dinner because it felt like my news didn't matter, and I didn't know how to say it",
            "work was rough today, my manager moved the deadline again and I ended up redoing the whole deck",
            "I think I'm nervous about the visit because last time it turned into an argument about money",
            "honestly I just need a slow weekend, the last few weeks have drained me more than I expected",
        ],
        [Engagement.Neutral] =
        [
            "I'll be there at 7", "yes! the usual place?", "what did the doctor say?", "can you pick up bread on the way?",
            "train is delayed 10 min", "did you book the tickets?", "oh no, are you ok?", "sounds good, see you at 8",
        ],
        [Engagement.Minimal] = ["ok", "k", "lol", "haha", "yeah", "nice", "👍", "mm", "sure"],
        [Engagement.Deflecting] = ["idk", "you're overthinking it", "can we not do this now", "whatever you want", "anyway did you see the game"],
    };

    /// <summary>The messages in time order, each with its tags.</summary>
    public static IReadOnlyList<TaggedMessage> Generate(string first, string second, int seed = 11)
    {
        var random = new Random(seed);
        var messages = new List<TaggedMessage>();
        var time = Start;
        while (true)
        {
            // May is sparse: a conversation every ten days or so.
            var pause = time.Month == 5 ? random.Next(8 * 24, 12 * 24) : random.Next(5, 20);
            time = time.AddHours(pause).AddMinutes(random.Next(60));
            if (time.Hour < 7)
            {
                time = time.Date.AddHours(7 + random.Next(3));
            }

            if (time.Month == 6)
            {
                // Travelling together: no texting at all in June.
                time = new DateTime(2024, 7, 1, 9 + random.Next(3), random.Next(60), 0);
            }

            if (time >= End)
            {
                break;
            }

            var month = time.Month;

            // The first person opens more, and more so as the months go by.
            var firstOpens = random.NextDouble() < 0.58 + (0.025 * (month - 1));
            time = Session(messages, random, time, firstOpens ? first : second, firstOpens ? second : first, first);
        }

        return messages;
    }

    private static DateTime Session(List<TaggedMessage> messages, Random random, DateTime time, string opener, string other, string first)
    {
        var speaker = opener;
        var turns = random.Next(2, 12);
        for (var turn = 0; turn < turns; turn++)
        {
            var size = random.Next(1, speaker == first ? 4 : 3);
            for (var m = 0; m < size; m++)
            {
                var initiating = turn == 0 && m == 0;
                Add(messages, random, time, speaker, initiating, speaker == first);
                time = time.AddSeconds(random.Next(5, 60));
            }

            if (turn == turns - 1)
            {
                break;
            }

            var last = speaker;
            speaker = speaker == opener ? other : opener;

            // Now and then the answer does not come and the same person writes again into the silence.
            if (random.NextDouble() < (last == first ? 0.06 : 0.02))
            {
                time = time.AddMinutes(random.Next(70, 180));
                Add(messages, random, time, last, true, last == first, "hello? did you see my message?");
                time = time.AddSeconds(random.Next(5, 60));
            }

            time = time.AddSeconds(Latency(random, speaker == first));
        }

        return time;
    }

    private static void Add(List<TaggedMessage> messages, Random random, DateTime time, string sender, bool initiating, bool isFirst, string? text = null)
    {
        var engagement = Pick(random, isFirst ? [0.32, 0.45, 0.16, 0.07] : [0.12, 0.35, 0.40, 0.13]);
        var options = Texts[engagement];
        var message = new Message(messages.Count, ChatTime.Naive(time), sender, text ?? options[random.Next(options.Length)], MessageKind.Text);
        messages.Add(new TaggedMessage(message, new MessageTags(initiating, text is null ? engagement : Engagement.Neutral, 0.9f)));
    }

    // Lognormal reply times: the first person answers in about 2 minutes, the second in about 14, both capped under the session gap.
    private static double Latency(Random random, bool isFirst)
    {
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var seconds = Math.Exp(Math.Log(isFirst ? 120 : 840) + (1.4 * normal));
        return Math.Clamp(seconds, 3, 3.5 * 3600);
    }

    private static Engagement Pick(Random random, double[] weights)
    {
        var roll = random.NextDouble();
        Engagement[] order = [Engagement.Explaining, Engagement.Neutral, Engagement.Minimal, Engagement.Deflecting];
        for (var i = 0; i < order.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return order[i];
            }
        }

        return Engagement.Neutral;
    }
}
