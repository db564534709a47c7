namespace TranscriptLens.Cli.Hosting;

/// <summary>
/// Where a command writes: text for people on <see cref="Out"/>/<see cref="Error"/>, and machine
/// output (JSON Lines, CSV) as bytes on <see cref="OpenOutput"/>. Injected so tests run the real
/// pipeline without touching the process console.
/// </summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenOutput)
{
    /// <summary>The process's stdout and stderr.</summary>
    public static CliConsole System { get; } = new(Console.Out, Console.Error, Console.OpenStandardOutput)
    {
        ErrorIsInteractive = !Console.IsErrorRedirected,
    };

    /// <summary>True when stderr is a terminal a person watches (progress lines are shown only then, or with --verbose).</summary>
    public bool ErrorIsInteractive { get; init; }
}
