using System.CommandLine;

namespace TranscriptLens.Cli.Commands;

/// <summary>One subcommand of <c>transcriptlens</c>; registered in DI and added to the root command.</summary>
public interface ICliCommand
{
    /// <summary>Builds the System.CommandLine command with its options, help text and action.</summary>
    Command Create();
}
