namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>How a header line separates its date and time from the author (docs/formats.md#whatsapp-header-lines).</summary>
internal enum HeaderLayout
{
    /// <summary><c>14/03/2024, 21:05 - Ana: text</c> (Android).</summary>
    Android,

    /// <summary><c>[14/03/2024, 21:05:17] Ana: text</c> (iOS).</summary>
    Ios,

    /// <summary><c>13.06.18 21.25.15: Ana: text</c> (a colon after the time; seen in whatsapp-chat-parser's tests).</summary>
    TimeColon,

    /// <summary><c>13. 6. 2018. 21:25:15 Ana: text</c> (nothing between time and author; hr-style exports).</summary>
    Bare,
}
