using TranscriptLens.Cli.Hosting;
using TranscriptLens.Core.Diagnostics;

namespace TranscriptLens.Cli.Commands;

/// <summary>Where message output goes: stdout as JSON Lines, or a file whose extension picks JSON Lines or CSV.</summary>
public static class OutputTarget
{
    /// <summary>True when <paramref name="path"/> asks for CSV.</summary>
    public static bool IsCsv(string? path) => path is not null && path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens the output; refuses to overwrite an input file.</summary>
    public static Stream Open(string? path, CliConsole console, params string[] inputs)
    {
        if (path is null)
        {
            return console.OpenOutput();
        }

        var full = Path.GetFullPath(path);
        if (inputs.Any(i => string.Equals(Path.GetFullPath(i), full, StringComparison.Ordinal)))
        {
            throw new UsageException($"--out {path}: refusing to overwrite the input file");
        }

        if (Directory.Exists(full))
        {
            throw new UsageException($"--out {path}: is a directory; expected a file name ending in .jsonl or .csv");
        }

        var directory = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
    }
}
