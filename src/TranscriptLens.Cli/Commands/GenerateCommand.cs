using System.CommandLine;
using TranscriptLens.Cli.Hosting;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Formats;
using TranscriptLens.Core.Pipeline;
using TranscriptLens.Core.Synthetic;

namespace TranscriptLens.Cli.Commands;

/// <summary>
/// Hidden <c>transcriptlens generate</c>: writes a seeded synthetic history (WhatsApp Android export,
/// CSV, SMS Backup &amp; Restore XML, Telegram JSON or DiscordChatExporter JSON) of any size, for benchmarks and the side-by-side
/// comparison. Same seed, same bytes.
/// </summary>
public sealed class GenerateCommand(CliConsole console) : ICliCommand
{
    /// <inheritdoc />
    public Command Create()
    {
        var messages = new Option<int>("--messages", "-n") { Description = "Number of messages", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 42 };
        var people = new Option<string>("--participants") { Description = "Comma-separated names", DefaultValueFactory = _ => "Maya,Sam" };
        var format = new Option<string>("--format", "-f") { Description = string.Join(", ", ChatFormats.Names), DefaultValueFactory = _ => "whatsapp" };
        var output = new Option<string>("--out", "-o") { Description = "Output file", Required = true };
        var command = new Command("generate", "Write a seeded synthetic chat history (for benchmarks)")
        {
            messages, seed, people, format, output,
        };
        command.Hidden = true;
        command.SetAction((result, cancellationToken) => new CommandRunner(console).RunAsync(() =>
        {
            var count = result.GetValue(messages);
            if (count < 0)
            {
                throw new UsageException("--messages must be zero or more");
            }

            var names = result.GetValue(people)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (names.Length < 2)
            {
                throw new UsageException("--participants needs at least two names");
            }

            var chosen = result.GetValue(format)?.ToLowerInvariant() ?? string.Empty;
            if (!ChatFormats.Names.Contains(chosen))
            {
                throw new UsageException($"--format must be {string.Join(", ", ChatFormats.Names)}");
            }

            var history = new ChatHistoryGenerator(result.GetValue(seed), names).Generate(count);
            OutputTarget.Write(result.GetValue(output)!, console, [], stream => ChatFormats.Get(chosen).WriteSynthetic(Cancellation.Observe(history, cancellationToken), names, stream));
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
