namespace TranscriptLens.Tests.Infrastructure;

/// <summary>Paths inside the repository and the test output folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootDir = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TranscriptLens.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    });

    /// <summary>The repository root (where TranscriptLens.sln is).</summary>
    public static string Root => RootDir.Value;

    /// <summary>A file under <c>samples/</c>.</summary>
    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    /// <summary>A file under the test project's <c>Fixtures/</c> (copied to the output folder).</summary>
    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    /// <summary>The source copy of a fixture (for rewriting golden files).</summary>
    public static string FixtureSource(params string[] parts) =>
        Path.Combine([Root, "tests", "TranscriptLens.Tests", "Fixtures", .. parts]);

    /// <summary>A fresh temporary directory.</summary>
    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "transcriptlens-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
