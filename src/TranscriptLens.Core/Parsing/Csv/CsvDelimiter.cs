namespace TranscriptLens.Core.Parsing.Csv;

/// <summary>
/// Picks the delimiter from the header row: the most frequent of <c>,</c> <c>;</c> and TAB outside
/// quotes (Excel in European locales saves with <c>;</c>). A tie goes to the comma.
/// </summary>
internal static class CsvDelimiter
{
    private static readonly char[] Candidates = [',', ';', '\t'];

    /// <summary>The delimiter of <paramref name="headerLine"/>.</summary>
    public static char Detect(string headerLine)
    {
        var counts = new int[Candidates.Length];
        var quoted = false;
        foreach (var c in headerLine)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && Array.IndexOf(Candidates, c) is var i and >= 0)
            {
                counts[i]++;
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return Candidates[best];
    }

    /// <summary>The header's names, split on <paramref name="delimiter"/> outside quotes.</summary>
    public static IReadOnlyList<string> Split(string headerLine, char delimiter)
    {
        var names = new List<string>();
        var quoted = false;
        var start = 0;
        for (var i = 0; i < headerLine.Length; i++)
        {
            if (headerLine[i] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && headerLine[i] == delimiter)
            {
                names.Add(headerLine[start..i]);
                start = i + 1;
            }
        }

        names.Add(headerLine[start..]);
        return names;
    }
}
