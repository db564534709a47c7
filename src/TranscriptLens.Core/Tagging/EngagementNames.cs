namespace TranscriptLens.Core.Tagging;

/// <summary>The lowercase label names used in data files and output.</summary>
public static class EngagementNames
{
    /// <summary>All labels in a fixed order (explaining, minimal, deflecting, neutral).</summary>
    public static IReadOnlyList<Engagement> All { get; } = [Engagement.Explaining, Engagement.Minimal, Engagement.Deflecting, Engagement.Neutral];

    /// <summary>The label's name: explaining, minimal, deflecting, neutral.</summary>
    public static string Name(Engagement engagement) => engagement switch
    {
        Engagement.Explaining => "explaining",
        Engagement.Minimal => "minimal",
        Engagement.Deflecting => "deflecting",
        Engagement.Neutral => "neutral",
        _ => throw new ArgumentOutOfRangeException(nameof(engagement), engagement, null),
    };

    /// <summary>Parses a label name (case-insensitive); false when it is not one of the four.</summary>
    public static bool TryParse(string? name, out Engagement engagement)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "explaining": engagement = Engagement.Explaining; return true;
            case "minimal": engagement = Engagement.Minimal; return true;
            case "deflecting": engagement = Engagement.Deflecting; return true;
            case "neutral": engagement = Engagement.Neutral; return true;
            default: engagement = Engagement.Neutral; return false;
        }
    }
}
