namespace TranscriptLens.Core.Parsing.Sms;

/// <summary>
/// Phone-number spelling: the same number appears as <c>+15551230001</c>, <c>5551230001</c> and
/// <c>(555) 123-0001</c> in one backup (docs/formats.md#sms-senders-threads-and-time). Numbers are compared on their last ten
/// digits (a national number without its country code), the way Android's own loose comparison
/// does; e-mail and RCS addresses (<c>group_8@rcs.google.com</c>) are compared case-insensitively.
/// </summary>
internal static class PhoneAddress
{
    private const int SignificantDigits = 10;

    /// <summary>The address without spaces, dashes, dots and parentheses; lowercase when it is not a number.</summary>
    public static string Clean(string address)
    {
        var trimmed = address.Trim();
        if (trimmed.Contains('@', StringComparison.Ordinal) || !trimmed.Any(char.IsAsciiDigit))
        {
            return trimmed.ToLowerInvariant();
        }

        var kept = trimmed.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray();
        return kept.Length == 0 ? trimmed : new string(kept);
    }

    /// <summary>The key two spellings of one number share: the last ten digits, or the whole cleaned address.</summary>
    public static string MatchKey(string address)
    {
        var clean = Clean(address);
        if (!clean.All(c => char.IsAsciiDigit(c) || c == '+'))
        {
            return clean;
        }

        var digits = clean.TrimStart('+');
        return digits.Length > SignificantDigits ? digits[^SignificantDigits..] : digits;
    }
}
