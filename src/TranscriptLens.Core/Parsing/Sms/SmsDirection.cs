namespace TranscriptLens.Core.Parsing.Sms;

/// <summary>
/// What the backup says about a message's box: <c>sms@type</c> and <c>mms@msg_box</c> share the
/// codes 1 inbox, 2 sent, 3 draft, 4 outbox, 5 failed, 6 queued
/// (<c>danzek/sms-backup-and-restore-parser:smsbackuprestore/types.go</c>).
/// </summary>
internal enum SmsDirection
{
    /// <summary>A code outside 1–6 or no code at all.</summary>
    Unknown,

    /// <summary>1: received by the phone's owner.</summary>
    Received,

    /// <summary>2: sent by the phone's owner.</summary>
    Sent,

    /// <summary>3–6: draft, outbox, failed or queued: the other person never saw it.</summary>
    NotDelivered,
}
