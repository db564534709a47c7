namespace TranscriptLens.Core.Tagging;

/// <summary>The engagement axis: exactly one per tagged message (every message but system lines and deleted messages, docs/labels.md#engagement).</summary>
public enum Engagement
{
    /// <summary>Gives the other person insight: feelings, reasons, experiences, plans; substantive.</summary>
    Explaining,

    /// <summary>Acknowledges with (almost) no content: "ok", "lol", a lone emoji or sticker, media with no text.</summary>
    Minimal,

    /// <summary>Turns away from the other's bid or topic: dismisses, postpones, vague non-answer, changes the subject.</summary>
    Deflecting,

    /// <summary>Everything else: logistics, facts, short engaged answers, questions.</summary>
    Neutral,
}
