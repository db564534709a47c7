using TranscriptLens.Cli.Hosting;
using TranscriptLens.Core.Rendering;

namespace TranscriptLens.Cli.Commands;

/// <summary>Where message output goes: stdout as JSON Lines, or a file whose extension picks JSON Lines or CSV.</summary>
public static class OutputTarget
{
    /// <summary>True when <paramref name="path"/> asks for CSV.</summary>
    public static bool IsCsv(string? path) => path is not null && path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Lets <paramref name="write"/> fill the output: stdout, or the file through the one output
    /// guard (<see cref="OutputFile"/>: never an input file, written atomically).
    /// </summary>
    public static void Write(string? path, CliConsole console, string[] inputs, Action<Stream> write)
    {
        if (path is null)
        {
            using var stdout = console.OpenOutput();
            write(stdout);
            return;
        }

        OutputFile.Write(path, "--out", inputs, write, "a file name ending in .jsonl or .csv");
    }
}
