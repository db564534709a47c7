namespace TranscriptLens.Core.Parsing;

/// <summary>What the user told the parsers about the export.</summary>
public sealed record ParseOptions
{
    /// <summary>The name given to the user's own messages where the source marks them only as "sent" (SMS type 2).</summary>
    public string Me { get; init; } = "Me";

    /// <summary>True when the user passed <c>--me</c> explicitly.</summary>
    public bool MeGiven { get; init; }

    /// <summary>Zone that instants are converted to (and that naive times are declared to be in); null keeps them as written.</summary>
    public TimeZoneInfo? TimeZone { get; init; }

    /// <summary>Telegram full export or Messenger/Instagram export zip: the one chat to read (by name), or null for all.</summary>
    public string? Chat { get; init; }

    /// <summary>SMS backup: the one thread to read (by contact name or address), or null for all.</summary>
    public string? Thread { get; init; }

    /// <summary>Default options.</summary>
    public static ParseOptions Default { get; } = new();
}
