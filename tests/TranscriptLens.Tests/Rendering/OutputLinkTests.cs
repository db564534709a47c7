using System.Diagnostics;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Rendering;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Rendering;

/// <summary>
/// An output that reaches an input under another name is refused: `parse in.csv --out link.csv`
/// with link.csv a link to in.csv, and a batch whose --out-dir is a link to the input folder, used
/// to replace the export with the output.
/// </summary>
public sealed class OutputLinkTests
{
    private readonly string _dir = RepoPaths.TempDirectory();

    private string Input()
    {
        var input = Path.Combine(_dir, "in.csv");
        File.WriteAllText(input, "the export");
        return input;
    }

    [Fact]
    public void A_symbolic_link_to_an_input_is_refused()
    {
        var input = Input();
        var link = Path.Combine(_dir, "link.csv");
        File.CreateSymbolicLink(link, input);

        var error = Assert.Throws<UsageException>(() => OutputFile.WriteText(link, "--out", [input], text => text.Write("x")));

        Assert.Equal($"--out {link}: refusing to overwrite an input file", error.Message);
        Assert.Equal("the export", File.ReadAllText(input));
    }

    [Fact]
    public void A_hard_link_to_an_input_is_refused()
    {
        // Hard links are told apart by inode on Linux only (the project's machines and CI).
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var input = Input();
        var link = Path.Combine(_dir, "hard.csv");
        using (var ln = Process.Start("ln", [input, link]))
        {
            ln.WaitForExit();
            Assert.Equal(0, ln.ExitCode);
        }

        Assert.Throws<UsageException>(() => OutputFile.WriteText(link, "--out", [input], text => text.Write("x")));
        Assert.Equal("the export", File.ReadAllText(input));
    }

    [Fact]
    public void The_input_reached_through_a_linked_directory_is_refused()
    {
        var input = Input();
        var linkedDir = Path.Combine(RepoPaths.TempDirectory(), "same");
        Directory.CreateSymbolicLink(linkedDir, _dir);

        Assert.Throws<UsageException>(() => OutputFile.WriteText(Path.Combine(linkedDir, "in.csv"), "--json", [input], text => text.Write("x")));
        Assert.Equal("the export", File.ReadAllText(input));
    }

    [Fact]
    public void Another_file_in_a_linked_directory_is_written()
    {
        var input = Input();
        var linkedDir = Path.Combine(RepoPaths.TempDirectory(), "same");
        Directory.CreateSymbolicLink(linkedDir, _dir);

        OutputFile.WriteText(Path.Combine(linkedDir, "report.json"), "--json", [input], text => text.Write("{}"));

        Assert.Equal("{}", File.ReadAllText(Path.Combine(_dir, "report.json")));
    }
}
