namespace TranscriptLens.Tests.Infrastructure;

/// <summary>
/// Locates <c>../shared</c> (peer fixtures, corpora) beside the repository, or the folder named by
/// the <c>TRANSCRIPTLENS_SHARED</c> environment variable. Tests that need it use
/// <see cref="SharedDataFactAttribute"/>: skipped when it is absent on a developer machine, but run
/// (and fail) in CI, where it always exists.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The shared folder, or null when absent.</summary>
    public static string? Directory => Root.Value;

    /// <summary>True when tests may read the shared folder.</summary>
    public static bool Available => Root.Value is not null;

    /// <summary>A path inside the shared folder; throws when it is absent.</summary>
    public static string PathOf(params string[] parts) =>
        Path.Combine([Root.Value ?? throw new InvalidOperationException("../shared was not found beside the repository"), .. parts]);

    /// <summary>A peer fixture path.</summary>
    public static string PeerFixture(params string[] parts) => PathOf(["data", "peer-fixtures", .. parts]);

    private static string? Find()
    {
        // Worktrees live one level deeper than the clone CI uses (/work/wt/NAME): let them point at it.
        if (Environment.GetEnvironmentVariable("TRANSCRIPTLENS_SHARED") is { Length: > 0 } explicitPath)
        {
            return System.IO.Directory.Exists(Path.Combine(explicitPath, "data")) ? Path.GetFullPath(explicitPath) : null;
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TranscriptLens.sln")))
            {
                var shared = Path.Combine(dir.FullName, "..", "shared");
                return System.IO.Directory.Exists(Path.Combine(shared, "data")) ? Path.GetFullPath(shared) : null;
            }

            dir = dir.Parent;
        }

        return null;
    }
}
