using System.CommandLine;
using TranscriptLens.Cli.Hosting;
using TranscriptLens.Core.Parsing;

namespace TranscriptLens.Cli.Commands;

/// <summary><c>transcriptlens formats</c>: lists every supported input format.</summary>
public sealed class FormatsCommand(ParserRegistry registry, CliConsole console) : ICliCommand
{
    /// <inheritdoc />
    public Command Create()
    {
        var command = new Command("formats", "List every supported input format with a one-line description");
        command.SetAction(_ =>
        {
            var width = registry.Parsers.Max(p => p.Name.Length);
            foreach (var parser in registry.Parsers)
            {
                console.Out.WriteLine($"{parser.Name.PadRight(width)}  {parser.Description}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
