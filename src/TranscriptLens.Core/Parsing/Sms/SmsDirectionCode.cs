namespace TranscriptLens.Core.Parsing.Sms;

/// <summary>Reads the <c>type</c>/<c>msg_box</c> code into a <see cref="SmsDirection"/>.</summary>
internal static class SmsDirectionCode
{
    /// <summary>The direction for a raw attribute value.</summary>
    public static SmsDirection Parse(string? code) => code switch
    {
        "1" => SmsDirection.Received,
        "2" => SmsDirection.Sent,
        "3" or "4" or "5" or "6" => SmsDirection.NotDelivered,
        _ => SmsDirection.Unknown,
    };
}
