using TranscriptLens.Cli.Hosting;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Pipeline;
using TranscriptLens.Core.Rendering;
using TranscriptLens.Core.Rendering.Csv;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Cli.Commands;

/// <summary>
/// <c>analyze DIR</c>: every export in the directory (not recursive, hidden files skipped, in name
/// order) is analysed on its own. One report file per export (per conversation), one line per pair
/// on stdout, and <c>summary.csv</c>. A file that fails (for any reason but a missing model or
/// cancellation) is reported in one line on stderr and skipped; the others complete, and the exit
/// code is then 1.
/// </summary>
/// <param name="analyze">The pipeline's run over one export file, as the command configured it.</param>
/// <param name="console">Where the per-pair lines and the errors go.</param>
/// <param name="json">The JSON report writer.</param>
/// <param name="html">The HTML writer, when HTML reports were asked for.</param>
internal sealed class BatchAnalysis(Func<string, AnalysisResult> analyze, CliConsole console, IReportWriter json, IReportWriter? html)
{
    /// <summary>Runs the batch and returns the exit code; cancellation stops it between (and inside) files.</summary>
    public int Run(string inputDirectory, BatchTargets targets, CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(inputDirectory)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new UsageException($"{inputDirectory}: the directory holds no files to analyze");
        }

        Directory.CreateDirectory(targets.Summary);
        var summaryPath = Path.Combine(targets.Summary, BatchTargets.SummaryFile);
        using var summaryFile = OutputFile.Create(summaryPath, "--out-dir", files);
        using var summary = new BatchSummaryWriter(summaryFile.Text);
        var failures = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileName(file);
            try
            {
                var analysis = analyze(file);
                var (reports, diagnostics) = (analysis.Reports, analysis.Diagnostics);
                if (targets.Json is { } jsonDir)
                {
                    ReportFiles.Write(Path.Combine(jsonDir, name + ".json"), reports, json, "--json", files);
                }

                if (targets.Html is { } htmlDir && html is not null)
                {
                    ReportFiles.Write(Path.Combine(htmlDir, name + ".html"), reports, html, "--html", files);
                }

                foreach (var report in reports)
                {
                    summary.Add(name, report);
                    WriteLine(name, report);
                }

                var warnings = diagnostics.Occurrences(DiagnosticSeverity.Warning) + diagnostics.Occurrences(DiagnosticSeverity.Error);
                if (warnings > 0)
                {
                    console.Error.WriteLine($"{name}: {warnings} line(s) could not be fully read (run 'transcriptlens parse' on it for details)");
                }
            }
            catch (Exception e) when (e is not (ModelLoadException or OperationCanceledException or OutOfMemoryException))
            {
                // One bad export must not stop the batch; an unexpected error is named as such.
                failures++;
                var message = e switch
                {
                    InputFormatException format => format.Describe(),
                    UsageException or IOException or UnauthorizedAccessException or InvalidDataException => $"{name}: {e.Message}",
                    _ => $"{name}: internal error ({e.GetType().Name}): {e.Message}",
                };
                console.Error.WriteLine($"transcriptlens: error: {message}");
                summary.AddFailure(name, message);
            }
        }

        summary.Dispose(); // every row reaches the file before it replaces summary.csv
        summaryFile.Commit();
        console.Error.WriteLine($"analyzed {files.Count - failures} of {files.Count} file(s); summary in {summaryPath}");
        return failures > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
    }

    private void WriteLine(string name, AnalysisReport report)
    {
        var where = report.Conversation is null ? name : $"{name} [{report.Conversation}]";
        if (report.Pairs.Count == 0)
        {
            console.Out.WriteLine($"{where}: {report.Participants.Count} participant(s), {ReportText.Count(report.Totals.Messages)} messages; no pair to compare");
            return;
        }

        foreach (var pair in report.Pairs)
        {
            var score = pair.Status == DataSufficiency.Sufficient
                ? $"{ReportText.Signed(pair.Asymmetry)} [{ReportText.Signed(pair.CiLow)}, {ReportText.Signed(pair.CiHigh)}]"
                : $"{ReportText.NotEnoughData} ({pair.InsufficientReason})";
            console.Out.WriteLine($"{where}: {pair.A} vs {pair.B} {score}, {ReportText.Count(pair.Sessions)} sessions");
        }
    }
}
