using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Architecture;

/// <summary>The test folders mirror src/, so the tests of a stage are where its code is.</summary>
public sealed class TestLayoutTests
{
    // Folders of the test project that hold no product code's tests: shared helpers, these
    // layout tests, the export fixtures, and the headless-browser harness of the HTML tests.
    private static readonly string[] OwnFolders = ["Infrastructure", "Architecture", "Fixtures", "bin", "obj", Path.Combine("Rendering", "Html", "Browser")];

    [Fact]
    public void Every_test_folder_is_a_folder_of_src()
    {
        var tests = Path.Combine(RepoPaths.Root, "tests", "TranscriptLens.Tests");
        var strays = Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(tests, Path.GetDirectoryName(f)!))
            .Where(folder => folder != "." && !OwnFolders.Any(own => folder == own || folder.StartsWith(own + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            .Distinct()
            .Where(folder => !Directory.Exists(SourceFolder(folder)))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(strays.Count == 0, $"test folders with no src folder of the same name: {string.Join(", ", strays)}");
    }

    [Theory]
    [InlineData("Parsing/WhatsApp", "src/TranscriptLens.Core/Parsing/WhatsApp")]
    [InlineData("Classification/Training", "src/TranscriptLens.Classification/Training")]
    [InlineData("Cli/Commands", "src/TranscriptLens.Cli/Commands")]
    [InlineData("Cli", "src/TranscriptLens.Cli")]
    public void A_test_folder_maps_to_the_project_it_tests(string folder, string source)
    {
        Assert.Equal(Path.Combine(RepoPaths.Root, source), SourceFolder(folder.Replace('/', Path.DirectorySeparatorChar)));
    }

    // Classification/X and Cli/X test those projects; every other folder tests Core's folder of that name.
    private static string SourceFolder(string testFolder)
    {
        var parts = testFolder.Split(Path.DirectorySeparatorChar);
        var src = Path.Combine(RepoPaths.Root, "src");
        return parts[0] switch
        {
            "Classification" => Path.Combine([src, "TranscriptLens.Classification", .. parts[1..]]),
            "Cli" => Path.Combine([src, "TranscriptLens.Cli", .. parts[1..]]),
            _ => Path.Combine([src, "TranscriptLens.Core", .. parts]),
        };
    }
}
