using System.CommandLine;
using Microsoft.Extensions.Logging;
using TranscriptLens.Cli.Hosting;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Pipeline;
using TranscriptLens.Core.Rendering;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Cli.Commands;

/// <summary>
/// <c>transcriptlens analyze</c>: parses an export (or every export in a directory), tags it,
/// aggregates it into one report per conversation and prints the summary; <c>--json</c> and
/// <c>--html</c> write the full reports.
/// </summary>
public sealed class AnalyzeCommand(
    TranscriptAnalysis pipeline,
    CliConsole console,
    IEnumerable<ITaggerProvider> taggers,
    IEnumerable<IReportWriter> writers,
    ILogger<AnalyzeCommand> logger) : ICliCommand
{
    /// <inheritdoc />
    public Command Create()
    {
        var input = new InputOptions();
        var options = new AnalyzeOptions();
        var command = new Command("analyze", "Measure who opens, follows up, replies and explains, and how balanced it is (an export or a directory of exports)");
        input.AddTo(command);
        options.AddTo(command);
        command.SetAction((result, cancellationToken) => new CommandRunner(console).RunAsync(() => Task.FromResult(Run(result, input, options, cancellationToken))));
        return command;
    }

    private int Run(ParseResult result, InputOptions input, AnalyzeOptions options, CancellationToken cancellationToken)
    {
        var path = input.InputPath(result, allowDirectory: true);
        var settings = options.ToSettings(result, result.GetValue(input.Me));
        var jsonPath = result.GetValue(options.Json);
        var htmlPath = result.GetValue(options.Html);
        var outDir = result.GetValue(options.OutDir);

        // --html must never be silently ignored: without an HTML writer in this build it is a usage error.
        var html = htmlPath is null ? null
            : Writer("html") ?? throw new UsageException("--html: the HTML report is not available in this build of transcriptlens");
        var provider = taggers.LastOrDefault() ?? throw new ModelLoadException("no message tagger is available in this build of transcriptlens");
        var tagger = provider.Load(result.GetValue(options.Models));
        var showProgress = console.ErrorIsInteractive || logger.IsEnabled(LogLevel.Information);
        AnalysisResult Analyze(string file) => pipeline.Run(
            input.ToSource(result, file), tagger, settings,
            showProgress ? new ConsoleProgress(console.Error, Path.GetFileName(file)) : null, cancellationToken);

        if (Directory.Exists(path))
        {
            var targets = BatchTargets.Resolve(path, jsonPath, htmlPath, outDir, html is not null);
            return new BatchAnalysis(Analyze, console, JsonWriter(), html).Run(path, targets, cancellationToken);
        }

        var analysis = Analyze(path);
        var reports = analysis.Reports;
        var writer = Writer("console") ?? throw new UsageException("the console summary is not available in this build of transcriptlens");
        for (var i = 0; i < reports.Count; i++)
        {
            if (i > 0)
            {
                console.Out.WriteLine();
                console.Out.WriteLine(new string('=', 72));
                console.Out.WriteLine();
            }

            writer.Write(reports[i], console.Out);
        }

        jsonPath ??= outDir is null ? null : Path.Combine(outDir, Path.GetFileName(path) + ".json");
        if (jsonPath is not null)
        {
            ReportFiles.Write(jsonPath, reports, JsonWriter(), "--json", [path]);
        }

        if (html is not null && htmlPath is not null)
        {
            ReportFiles.Write(htmlPath, reports, html, "--html", [path]);
        }

        DiagnosticReport.Write(console.Error, analysis.Diagnostics, $"analyzed {analysis.Messages} message(s) in {reports.Count} conversation(s) from {path}");
        return ExitCodes.Success;
    }

    private IReportWriter? Writer(string name) => writers.LastOrDefault(w => string.Equals(w.Name, name, StringComparison.Ordinal));

    private IReportWriter JsonWriter() =>
        Writer("json") ?? throw new UsageException("--json: the JSON report is not available in this build of transcriptlens");
}
