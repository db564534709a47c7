using TranscriptLens.Core.Formats;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Synthetic;

namespace TranscriptLens.Benchmarks;

/// <summary>
/// Seeded synthetic exports for the benchmarks, written once per format and size into a folder under
/// the temp directory and reused by later benchmark processes (BenchmarkDotNet starts one per case).
/// Same seed, same bytes: a file found there is the file that would be written.
/// </summary>
internal static class HistoryFiles
{
    /// <summary>The generator's seed for every benchmark input.</summary>
    public const int Seed = 42;

    /// <summary>The two people of every benchmark history; the first owns the phone in the SMS backup.</summary>
    public static readonly string[] People = ["Maya", "Sam"];

    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "transcriptlens-bench");

    /// <summary>The history itself, generated in memory.</summary>
    public static IEnumerable<Message> History(int messages) => new ChatHistoryGenerator(Seed, People).Generate(messages);

    /// <summary>The path of the <paramref name="format"/> export of <paramref name="messages"/> messages, written if missing.</summary>
    public static string Export(string format, int messages)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"history-{Seed}-{messages}.{ChatFormats.Get(format).Extension}");
        if (File.Exists(path))
        {
            return path;
        }

        var partial = path + ".partial";
        using (var stream = File.Create(partial))
        {
            ChatFormats.Get(format).WriteSynthetic(History(messages), People, stream);
        }

        File.Move(partial, path, overwrite: true);
        return path;
    }
}
