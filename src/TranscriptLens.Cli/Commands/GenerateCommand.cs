using System.CommandLine;
using System.Text;
using TranscriptLens.Cli.Hosting;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Output;
using TranscriptLens.Core.Synthetic;

namespace TranscriptLens.Cli.Commands;

/// <summary>
/// Hidden <c>transcriptlens generate</c>: writes a seeded synthetic history (WhatsApp Android export,
/// CSV, SMS Backup &amp; Restore XML or Telegram JSON) of any size, for benchmarks and the side-by-side
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
        var format = new Option<string>("--format", "-f") { Description = "whatsapp, csv, sms or telegram", DefaultValueFactory = _ => "whatsapp" };
        var output = new Option<string>("--out", "-o") { Description = "Output file", Required = true };
        var command = new Command("generate", "Write a seeded synthetic chat history (for benchmarks)")
        {
            messages, seed, people, format, output,
        };
        command.Hidden = true;
        command.SetAction((result, _) => new CommandRunner(console).RunAsync(() =>
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

            var history = new ChatHistoryGenerator(result.GetValue(seed), names).Generate(count);
            var path = result.GetValue(output)!;
            using var stream = OutputTarget.Open(path, console);
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
            switch (result.GetValue(format)?.ToLowerInvariant())
            {
                case "whatsapp":
                    WhatsAppExportWriter.Write(history, writer);
                    break;
                case "csv":
                    using (var csv = new MessageCsvWriter(writer))
                    {
                        foreach (var message in history)
                        {
                            csv.Write(message);
                        }
                    }

                    break;
                case "sms":
                    writer.Flush();
                    SmsBackupWriter.Write(history, names[0], stream);
                    break;
                case "telegram":
                    writer.Flush();
                    TelegramExportWriter.Write(history, names[^1], stream);
                    break;
                default:
                    throw new UsageException("--format must be whatsapp, csv, sms or telegram");
            }

            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
