using System.Text.RegularExpressions;

namespace TranscriptLens.Core.Parsing.Sms;

/// <summary>Recognises an SMS Backup &amp; Restore file by its root element <c>&lt;smses&gt;</c>.</summary>
public sealed partial class SmsBackupSniffer : IFormatSniffer
{
    /// <inheritdoc />
    public string Format => "sms";

    /// <inheritdoc />
    public int Score(FormatProbe probe) => RootElement().IsMatch(probe.HeadText) ? 100 : 0;

    // The XML declaration, the stylesheet instruction and comments may precede the root.
    [GeneratedRegex(@"\A\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<smses[\s/>]", RegexOptions.Singleline)]
    private static partial Regex RootElement();
}
