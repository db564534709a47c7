using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Rendering;

namespace TranscriptLens.Cli.Commands;

/// <summary>
/// The output directories of a batch run (<c>analyze DIR</c>): JSON reports go to <c>--json DIR</c>
/// (or <c>--out-dir</c>), HTML reports to <c>--html DIR</c>, and <c>summary.csv</c> to <c>--out-dir</c>
/// (or the JSON, else the HTML directory). None of them may be the input directory, so a run never
/// overwrites an export and the next run does not mistake a report for one.
/// </summary>
/// <param name="Json">Directory for JSON reports, or null.</param>
/// <param name="Html">Directory for HTML reports, or null.</param>
/// <param name="Summary">Directory for summary.csv.</param>
internal sealed record BatchTargets(string? Json, string? Html, string Summary)
{
    /// <summary>The summary file's name.</summary>
    public const string SummaryFile = "summary.csv";

    /// <summary>Resolves and checks the directories.</summary>
    public static BatchTargets Resolve(string inputDirectory, string? json, string? html, string? outDir, bool htmlAvailable)
    {
        var jsonDir = json ?? outDir;
        var htmlDir = htmlAvailable ? html : null;
        var summary = outDir ?? jsonDir ?? htmlDir
            ?? throw new UsageException($"{inputDirectory}: analyzing a directory writes one report per export; give --out-dir DIR or --json DIR");
        var input = Normalise(inputDirectory);
        foreach (var (option, dir) in (ReadOnlySpan<(string, string?)>)[("--json", jsonDir), ("--html", htmlDir), ("--out-dir", summary)])
        {
            if (dir is null)
            {
                continue;
            }

            // By identity: a symbolic link to the input directory is the input directory.
            if (FileIdentity.SameDirectory(dir, input))
            {
                throw new UsageException($"{option} {dir}: is the input directory; write the reports somewhere else so no export is overwritten");
            }

            if (File.Exists(dir))
            {
                throw new UsageException($"{option} {dir}: is a file; with a directory as input it must be a directory");
            }
        }

        return new BatchTargets(jsonDir, htmlDir, summary);
    }

    private static string Normalise(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
