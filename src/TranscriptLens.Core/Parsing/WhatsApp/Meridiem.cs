namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>The half of the day a 12-hour header names, or none for a 24-hour clock.</summary>
internal enum Meridiem
{
    /// <summary>24-hour clock.</summary>
    None,

    /// <summary>AM, <c>a. m.</c>, or a morning/night day period.</summary>
    Am,

    /// <summary>PM, <c>p. m.</c>, or an afternoon/evening day period.</summary>
    Pm,
}
