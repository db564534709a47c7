namespace TranscriptLens.Core.Analysis;

/// <summary>
/// English function words for language style matching, one list per <see cref="LsmCategory"/>.
/// </summary>
/// <remarks>
/// Provenance: written for TranscriptLens from the closed word classes of standard English grammar
/// (personal, impersonal/indefinite, interrogative and relative pronouns; articles; coordinating,
/// correlative and subordinating conjunctions; simple prepositions; primary and modal auxiliaries;
/// high-frequency adverbs; negators; quantifying determiners), plus the contractions and apostrophe-less
/// chat spellings that carry them ("don't", "dont", "im", "u"). Not derived from LIWC, whose
/// dictionaries are proprietary (docs/science.md#language-style-matching). A word may belong to several categories, as in LIWC
/// ("don't" is an auxiliary verb and a negation; "so" a conjunction and an adverb). Ambiguous content
/// words ("like", "well", "ill", "one") are left out on purpose: a missed function word lowers both
/// people's rates alike, a wrongly counted content word does not.
/// </remarks>
internal static class FunctionWordLexicon
{
    private static readonly string[] PersonalPronouns =
    [
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
        "you", "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself",
        "she", "her", "hers", "herself", "they", "them", "their", "theirs", "themselves", "themself",
        "u", "ur", "ya", "yall", "y'all", "thee", "thou", "thy",
        "i'm", "i've", "i'll", "i'd", "im", "ive", "we're", "we've", "we'll", "we'd",
        "you're", "you've", "you'll", "you'd", "youre", "youve", "he's", "he'll", "he'd",
        "she's", "she'll", "she'd", "shes", "they're", "they've", "they'll", "they'd", "theyre", "theyve",
    ];

    private static readonly string[] ImpersonalPronouns =
    [
        "it", "its", "itself", "this", "that", "these", "those",
        "something", "anything", "everything", "nothing", "someone", "anyone", "everyone",
        "somebody", "anybody", "everybody", "nobody", "what", "which", "who", "whom", "whose",
        "whatever", "whichever", "whoever", "whomever", "another", "other", "others",
        "it's", "it'll", "it'd", "that's", "that'll", "what's", "who's", "thats", "whats",
    ];

    private static readonly string[] Articles = ["a", "an", "the"];

    private static readonly string[] Conjunctions =
    [
        "and", "but", "or", "nor", "yet", "so", "because", "cause", "cuz", "coz", "bc",
        "although", "though", "tho", "whereas", "while", "whilst", "if", "unless", "whether",
        "either", "neither", "than", "however", "otherwise", "therefore",
    ];

    private static readonly string[] Prepositions =
    [
        "about", "above", "across", "after", "against", "along", "amid", "among", "around", "as", "at",
        "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "by",
        "despite", "down", "during", "except", "for", "from", "in", "inside", "into", "near", "of",
        "off", "on", "onto", "out", "outside", "over", "past", "per", "since", "through", "throughout",
        "till", "til", "to", "toward", "towards", "under", "underneath", "until", "unto", "up", "upon",
        "via", "with", "within", "without",
    ];

    private static readonly string[] AuxiliaryVerbs =
    [
        "be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having",
        "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
        "must", "ought", "cannot",
        "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't", "hadn't", "don't", "doesn't",
        "didn't", "won't", "wouldn't", "shan't", "shouldn't", "can't", "couldn't", "mightn't",
        "mustn't", "ain't", "isnt", "arent", "wasnt", "werent", "havent", "hasnt", "hadnt", "dont",
        "doesnt", "didnt", "wouldnt", "shouldnt", "cant", "couldnt", "aint",
        "i'm", "i've", "i'll", "i'd", "im", "ive", "we're", "we've", "we'll", "we'd",
        "you're", "you've", "you'll", "you'd", "youre", "youve", "he's", "he'll", "he'd",
        "she's", "she'll", "she'd", "shes", "they're", "they've", "they'll", "they'd", "theyre", "theyve",
        "it's", "it'll", "it'd", "that's", "that'll", "what's", "who's", "thats", "whats",
        "there's", "theres", "here's",
    ];

    private static readonly string[] CommonAdverbs =
    [
        "very", "really", "just", "so", "too", "also", "even", "only", "now", "then", "here", "there",
        "still", "already", "always", "often", "sometimes", "usually", "again", "almost", "quite",
        "rather", "actually", "maybe", "probably", "perhaps", "definitely", "certainly", "soon",
        "ever", "yet", "how", "when", "where", "why", "later", "anyway", "anyways", "else", "instead",
        "once", "totally", "literally", "basically", "exactly", "especially", "simply", "nearly",
        "barely", "hardly", "together", "away", "back", "forever", "somehow", "somewhere",
        "anywhere", "everywhere", "lately", "mostly", "fairly", "truly", "kinda", "sorta", "rly",
        "there's", "theres", "here's",
    ];

    private static readonly string[] Negations =
    [
        "no", "not", "never", "none", "nothing", "nobody", "nowhere", "neither", "nor", "nope", "nah",
        "cannot", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't", "hadn't", "don't",
        "doesn't", "didn't", "won't", "wouldn't", "shan't", "shouldn't", "can't", "couldn't",
        "mightn't", "mustn't", "ain't", "isnt", "arent", "wasnt", "werent", "havent", "hasnt",
        "hadnt", "dont", "doesnt", "didnt", "wouldnt", "shouldnt", "cant", "couldnt", "aint",
    ];

    private static readonly string[] Quantifiers =
    [
        "all", "any", "both", "each", "either", "every", "few", "fewer", "fewest", "least", "less",
        "lot", "lots", "many", "more", "most", "much", "several", "some", "enough", "plenty", "none",
        "half", "whole", "numerous", "various", "lotta", "neither", "twice", "tons",
    ];

    private static readonly FunctionWordTable Table = new(Masks());

    /// <summary>The longest listed word; longer tokens are never looked up.</summary>
    public static int MaxLength => Table.MaxLength;

    /// <summary>The categories of <paramref name="lowercaseWord"/> as bits (1 &lt;&lt; category), or 0.</summary>
    public static ushort Lookup(ReadOnlySpan<char> lowercaseWord) => Table.Lookup(lowercaseWord, FunctionWordTable.Hash(lowercaseWord));

    /// <summary>The same with the word's <see cref="FunctionWordTable.Hash"/> already computed while scanning.</summary>
    public static ushort Lookup(ReadOnlySpan<char> lowercaseWord, uint hash) => Table.Lookup(lowercaseWord, hash);

    /// <summary>The words of one category (for documentation and tests).</summary>
    public static IReadOnlyList<string> Words(LsmCategory category) => category switch
    {
        LsmCategory.PersonalPronouns => PersonalPronouns,
        LsmCategory.ImpersonalPronouns => ImpersonalPronouns,
        LsmCategory.Articles => Articles,
        LsmCategory.Conjunctions => Conjunctions,
        LsmCategory.Prepositions => Prepositions,
        LsmCategory.AuxiliaryVerbs => AuxiliaryVerbs,
        LsmCategory.CommonAdverbs => CommonAdverbs,
        LsmCategory.Negations => Negations,
        LsmCategory.Quantifiers => Quantifiers,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    private static Dictionary<string, ushort> Masks()
    {
        var masks = new Dictionary<string, ushort>(StringComparer.Ordinal);
        foreach (var category in Enum.GetValues<LsmCategory>())
        {
            foreach (var word in Words(category))
            {
                masks.TryGetValue(word, out var mask);
                masks[word] = (ushort)(mask | (1 << (int)category));
            }
        }

        return masks;
    }
}
