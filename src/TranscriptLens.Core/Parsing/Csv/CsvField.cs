namespace TranscriptLens.Core.Parsing.Csv;

/// <summary>Field values as they come out of spreadsheets and out of TranscriptLens's own CSV writer.</summary>
internal static class CsvField
{
    private static readonly char[] InjectionCharacters = ['=', '@', '+', '-', '\t', '\r'];

    /// <summary>
    /// Undoes formula-injection escaping: <c>MessageCsvWriter</c> (CsvHelper
    /// <c>InjectionOptions.Escape</c>) writes <c>+15550001</c> as <c>'+15550001</c> so a spreadsheet
    /// does not run it; reading it back drops that apostrophe again.
    /// </summary>
    public static string Unescape(string value) =>
        value.Length >= 2 && value[0] == '\'' && Array.IndexOf(InjectionCharacters, value[1]) >= 0 ? value[1..] : value;

    /// <summary>The unescaped value, or null when it is empty.</summary>
    public static string? Optional(string? value) =>
        string.IsNullOrEmpty(value) ? null : Unescape(value);

    /// <summary>True for <c>true</c>, <c>1</c>, <c>yes</c> (any case).</summary>
    public static bool Flag(string? value) =>
        value?.Trim().ToLowerInvariant() is "true" or "1" or "yes";
}
