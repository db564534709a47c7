namespace TranscriptLens.Core.Tagging.Baseline;

/// <summary>
/// The word lists of the keyword baseline: the obvious cues a person would write down first. Kept
/// deliberately simple; the baseline exists to show what the trained models add.
/// </summary>
internal static class KeywordLists
{
    /// <summary>Whole-message acknowledgements (lowercase, punctuation stripped).</summary>
    public static readonly HashSet<string> Minimal = new(StringComparer.Ordinal)
    {
        "ok", "okay", "k", "kk", "okk", "okie", "sure", "lol", "lmao", "haha", "hahaha", "hah", "heh", "yeah", "yea", "ya",
        "yep", "yup", "yes", "no", "nope", "nice", "cool", "np", "mm", "mhm", "hmm", "ah", "oh", "true", "fair", "noted",
        "thanks", "thx", "ty", "alright", "right", "same", "ok cool", "cool cool", "ah ok", "oh ok", "sounds good",
        "got it", "fine", "yh", "ikr", "wow", "damn", "rip", "xd", "gn", "night",
    };

    /// <summary>Phrases that turn away from a bid or topic.</summary>
    public static readonly string[] Deflecting =
    [
        "idk", "i don't know", "dunno", "whatever", "forget it", "not now", "let's not", "lets not", "drop it",
        "overthinking", "reading too much", "doesn't matter", "doesnt matter", "why does it matter", "it's fine",
        "its fine", "i'm fine", "im fine", "can we not", "talk about something else", "maybe later", "anyway",
        "you're so dramatic", "making this a thing", "not a big deal", "never mind", "nvm", "later",
    ];

    /// <summary>Cues of self-disclosure and reasons.</summary>
    public static readonly string[] Explaining =
    [
        "because", "i feel", "i felt", "i've been", "i was", "i'm scared", "i am scared", "i'm worried", "honestly",
        "the reason", "i think", "i wanted", "i just", "that's why", "i need", "to be honest", "i realised", "i realized",
    ];

    /// <summary>Openers that start a new topic or bid.</summary>
    public static readonly string[] Openers =
    [
        "anyway", "btw", "by the way", "guess what", "can i tell you", "so listen", "hey", "hi ", "hello", "good morning",
        "morning", "omg", "you there", "you ok", "did you see", "are you free", "random but", "also",
    ];
}
