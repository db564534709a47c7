namespace TranscriptLens.Core.Parsing.Sms;

/// <summary>
/// Attribute values as SMS Backup &amp; Restore writes them: missing values are the literal string
/// <c>"null"</c> (<c>subject="null"</c>, <c>name="null"</c>) and unknown contacts are
/// <c>"(Unknown)"</c> (docs/formats.md#sms-traps, fixture <c>sms_and_mms.xml</c>).
/// </summary>
internal static class SmsValue
{
    /// <summary>The value, or null when it is absent, empty or the literal <c>"null"</c>.</summary>
    public static string? Clean(string? value) =>
        string.IsNullOrEmpty(value) || value == "null" ? null : value;

    /// <summary>The contact name, or null when the backup did not know the contact.</summary>
    public static string? ContactName(string? value)
    {
        var name = Clean(value)?.Trim();
        return string.IsNullOrEmpty(name) || name == "(Unknown)" ? null : name;
    }
}
