namespace TranscriptLens.Core.Parsing.Sms;

/// <summary>What <see cref="SmsBackupReader"/> read from one backup file.</summary>
/// <param name="Records">Delivered messages in file order.</param>
/// <param name="NotDelivered">Draft, outbox, failed and queued messages left out (type/msg_box 3–6).</param>
internal sealed record SmsBackupContent(IReadOnlyList<SmsRecord> Records, int NotDelivered);
