namespace TranscriptLens.Core.Parsing.Sms;

/// <summary>
/// One <c>&lt;sms&gt;</c> or <c>&lt;mms&gt;</c> element as read, before threads and names are
/// resolved (that needs the whole file: names are learned from other messages).
/// </summary>
/// <param name="Line">1-based line of the element's start tag.</param>
/// <param name="DateMs">The <c>date</c> attribute: Unix epoch milliseconds, UTC.</param>
/// <param name="Sent">True for the phone owner's messages (type/msg_box 2).</param>
/// <param name="Text">SMS body, or the MMS text parts joined by line breaks; empty when there is none.</param>
/// <param name="Attachment">MMS attachment part names, comma-separated; null when there are none.</param>
/// <param name="Address">The <c>address</c> attribute (<c>~</c>-joined for group MMS).</param>
/// <param name="ContactName">The <c>contact_name</c>, or null when unknown.</param>
/// <param name="FromAddress">MMS only: the <c>&lt;addr type="137"&gt;</c> (the sender), when present.</param>
/// <param name="IsMms">True for <c>&lt;mms&gt;</c>.</param>
internal sealed record SmsRecord(
    int Line,
    long DateMs,
    bool Sent,
    string Text,
    string? Attachment,
    string Address,
    string? ContactName,
    string? FromAddress,
    bool IsMms)
{
    /// <summary>True when the address names several recipients (group MMS).</summary>
    public bool IsGroup => Address.Contains('~', StringComparison.Ordinal);
}
