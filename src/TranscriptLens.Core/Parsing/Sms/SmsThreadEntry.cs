namespace TranscriptLens.Core.Parsing.Sms;

/// <summary>A record with its resolved sender, ready to become a message of its thread.</summary>
internal sealed record SmsThreadEntry(SmsRecord Record, string Sender);
