using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TranscriptLens.Cli.Commands;
using TranscriptLens.Cli.Hosting;

namespace TranscriptLens.Cli;

/// <summary>
/// The program: builds the host (DI, configuration, logging to stderr), the command tree from every
/// registered <see cref="ICliCommand"/>, and runs it. Tests call <see cref="RunAsync"/> directly.
/// </summary>
public static class CliApp
{
    /// <summary>
    /// Runs <c>transcriptlens</c> with <paramref name="args"/> and returns the exit code.
    /// <paramref name="configure"/> runs after the default registrations (tests use it to register a
    /// deterministic tagger); the program itself passes none. <paramref name="cancellationToken"/>
    /// stops the command (the program cancels it on Ctrl+C and SIGTERM; tests cancel it themselves).
    /// </summary>
    public static async Task<int> RunAsync(
        string[] args, CliConsole console, Action<IServiceCollection>? configure = null, CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddEnvironmentVariablesPrefixed("TRANSCRIPTLENS_");
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(args.Contains("--verbose") ? LogLevel.Information : LogLevel.Warning);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(
            o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton(console);
        builder.Services.AddTranscriptLens();
        configure?.Invoke(builder.Services);

        using var host = builder.Build();
        var root = new RootCommand("TranscriptLens: read the balance of a relationship out of its chat history. "
            + "Everything runs on this machine; nothing is sent anywhere.");
        foreach (var command in host.Services.GetServices<ICliCommand>())
        {
            root.Add(command.Create());
        }

        var parsed = root.Parse(args.Where(a => a != "--verbose").ToArray());
        // Termination signals are handled by the program (Program.cs), which owns the token: without
        // it System.CommandLine would install handlers of its own and end the process after 2 s.
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, ProcessTerminationTimeout = null };
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error.WriteLine($"transcriptlens: error: {error.Message}");
            }

            console.Error.WriteLine("Run 'transcriptlens --help' (or '<command> --help') for usage.");
            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync(configuration, cancellationToken);
    }
}
