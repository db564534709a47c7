using System.Text;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Reporting;

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

    /// <summary>Opens <paramref name="path"/> for writing, creating its directory; refuses an input file.</summary>
    public static Stream Create(string path, string option, IEnumerable<string> inputs)
    {
        var full = Path.GetFullPath(path);
        if (inputs.Any(i => string.Equals(Path.GetFullPath(i), full, StringComparison.Ordinal)))
        {
            throw new UsageException($"{option} {path}: refusing to overwrite an input file");
        }

        if (Directory.Exists(full))
        {
            throw new UsageException($"{option} {path}: is a directory; expected a file name");
        }

        var directory = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
    }

    /// <summary>Writes each report as JSON to its file.</summary>
    public static void WriteJson(string requested, IReadOnlyList<AnalysisReport> reports, IEnumerable<string> inputs)
    {
        var writer = new JsonReportWriter();
        var paths = PathsFor(requested, reports);
        for (var i = 0; i < reports.Count; i++)
        {
            using var stream = Create(paths[i], "--json", inputs);
            writer.Write(reports[i], stream);
        }
    }

    /// <summary>Writes each report as HTML to its file.</summary>
    public static void WriteHtml(string requested, IReadOnlyList<AnalysisReport> reports, IHtmlReportWriter html, IEnumerable<string> inputs)
    {
        var paths = PathsFor(requested, reports);
        for (var i = 0; i < reports.Count; i++)
        {
            using var stream = Create(paths[i], "--html", inputs);
            using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
            html.Write(reports[i], text);
        }
    }
}
