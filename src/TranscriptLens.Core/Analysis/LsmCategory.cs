namespace TranscriptLens.Core.Analysis;

/// <summary>The 9 function-word categories of language style matching (Ireland &amp; Pennebaker 2010).</summary>
public enum LsmCategory
{
    /// <summary>I, you, we, she, they and their forms.</summary>
    PersonalPronouns,

    /// <summary>it, this, that, something, anyone, what, which, ….</summary>
    ImpersonalPronouns,

    /// <summary>a, an, the.</summary>
    Articles,

    /// <summary>and, but, or, because, although, if, ….</summary>
    Conjunctions,

    /// <summary>to, of, in, with, about, ….</summary>
    Prepositions,

    /// <summary>be, have, do and the modals, with their contractions.</summary>
    AuxiliaryVerbs,

    /// <summary>Very frequent adverbs: very, really, just, now, then, so, ….</summary>
    CommonAdverbs,

    /// <summary>no, not, never, n't forms, ….</summary>
    Negations,

    /// <summary>all, some, many, few, more, most, ….</summary>
    Quantifiers,
}
