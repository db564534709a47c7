using System.Text;
using TranscriptLens.Core.Rendering;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Cli.Commands;

/// <summary>
/// Where report files go. One conversation: the file the user named. Several conversations (an SMS
/// backup with several threads, a Telegram full export): one file per conversation, named
/// <c>stem.&lt;conversation&gt;.ext</c> beside it. Never an input file.
/// </summary>
internal static class ReportFiles
{
    private const int MaxSlugLength = 40;

    /// <summary>The file for each report, in report order.</summary>
    public static IReadOnlyList<string> PathsFor(string requested, IReadOnlyList<AnalysisReport> reports)
    {
        if (reports.Count <= 1)
        {
            return [requested];
        }

        var directory = Path.GetDirectoryName(requested) ?? string.Empty;
        var stem = Path.GetFileNameWithoutExtension(requested);
        var extension = Path.GetExtension(requested);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var paths = new List<string>(reports.Count);
        for (var i = 0; i < reports.Count; i++)
        {
            var slug = Slug(reports[i].Conversation, i);
            var unique = slug;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = $"{slug}-{n}";
            }

            paths.Add(Path.Combine(directory, $"{stem}.{unique}{extension}"));
        }

        return paths;
    }

    /// <summary>
    /// A file-name-safe form of a conversation name: ASCII letters and digits in lowercase, everything
    /// else folded into single dashes, at most 40 characters; <c>conversation-N</c> when nothing is left.
    /// </summary>
    public static string Slug(string? conversation, int index)
    {
        var slug = new StringBuilder();
        foreach (var c in conversation ?? string.Empty)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length >= MaxSlugLength)
            {
                break;
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length > 0 ? text : $"conversation-{index + 1}";
    }

    /// <summary>Writes each report with <paramref name="writer"/> to its file, through the one output guard (<see cref="OutputFile"/>).</summary>
    public static void Write(string requested, IReadOnlyList<AnalysisReport> reports, IReportWriter writer, string option, IEnumerable<string> inputs)
    {
        var paths = PathsFor(requested, reports);
        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            OutputFile.WriteText(paths[i], option, inputs, text => writer.Write(report, text));
        }
    }
}
