namespace TranscriptLens.Core.Analysis;

/// <summary>The snake_case names used in reports for the LSM categories.</summary>
public static class LsmCategoryNames
{
    /// <summary>All categories in report order.</summary>
    public static IReadOnlyList<LsmCategory> All { get; } = Enum.GetValues<LsmCategory>();

    /// <summary>The category's report name, e.g. <c>personal_pronouns</c>.</summary>
    public static string Name(LsmCategory category) => category switch
    {
        LsmCategory.PersonalPronouns => "personal_pronouns",
        LsmCategory.ImpersonalPronouns => "impersonal_pronouns",
        LsmCategory.Articles => "articles",
        LsmCategory.Conjunctions => "conjunctions",
        LsmCategory.Prepositions => "prepositions",
        LsmCategory.AuxiliaryVerbs => "auxiliary_verbs",
        LsmCategory.CommonAdverbs => "common_adverbs",
        LsmCategory.Negations => "negations",
        LsmCategory.Quantifiers => "quantifiers",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}
