using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Rendering;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Rendering;

public sealed class OutputFileTests
{
    [Fact]
    public void Refuses_to_overwrite_an_input_file_and_leaves_it_untouched()
    {
        var dir = RepoPaths.TempDirectory();
        var input = Path.Combine(dir, "chat.txt");
        File.WriteAllText(input, "the export");

        var error = Assert.Throws<UsageException>(() => OutputFile.WriteText(input, "--json", [input], text => text.Write("{}")));

        Assert.Equal($"--json {input}: refusing to overwrite an input file", error.Message);
        Assert.Equal("the export", File.ReadAllText(input));
        Assert.Equal(["chat.txt"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }

    [Fact]
    public void Refuses_a_directory_and_says_what_it_expected()
    {
        var dir = RepoPaths.TempDirectory();

        var error = Assert.Throws<UsageException>(() => OutputFile.Create(dir, "--out", [], "a file name ending in .jsonl or .csv"));

        Assert.Equal($"--out {dir}: is a directory; expected a file name ending in .jsonl or .csv", error.Message);
        Assert.Empty(Directory.GetFileSystemEntries(dir));
    }

    [Fact]
    public void Creates_the_parent_directory_and_writes_utf8_without_bom()
    {
        var target = Path.Combine(RepoPaths.TempDirectory(), "reports", "nested", "r.json");

        OutputFile.WriteText(target, "--json", [], text => text.Write("Zoë"));

        Assert.Equal([(byte)'Z', (byte)'o', 0xC3, 0xAB], File.ReadAllBytes(target));
        Assert.Equal(["r.json"], Directory.GetFiles(Path.GetDirectoryName(target)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Leaves_no_file_behind_when_the_write_throws()
    {
        var dir = RepoPaths.TempDirectory();
        var target = Path.Combine(dir, "r.html");

        Assert.Throws<InvalidOperationException>(() => OutputFile.WriteText(target, "--html", [], text =>
        {
            text.Write(new string('x', 100_000)); // more than the buffers: part of it is on disk already
            throw new InvalidOperationException("renderer failed");
        }));

        Assert.Empty(Directory.GetFileSystemEntries(dir)); // neither the target nor the temporary file
    }

    [Fact]
    public void Leaves_no_file_behind_when_cancelled()
    {
        var dir = RepoPaths.TempDirectory();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() => OutputFile.Write(Path.Combine(dir, "summary.csv"), "--out-dir", [], stream =>
        {
            stream.Write("file,conversation\n"u8);
            cancel.Token.ThrowIfCancellationRequested();
        }));

        Assert.Empty(Directory.GetFileSystemEntries(dir));
    }

    [Fact]
    public void Replaces_an_existing_target_only_when_the_write_succeeds()
    {
        var dir = RepoPaths.TempDirectory();
        var target = Path.Combine(dir, "r.json");
        File.WriteAllText(target, "old report");

        Assert.Throws<IOException>(() => OutputFile.WriteText(target, "--json", [], text =>
        {
            text.Write("half a new rep");
            throw new IOException("disk full");
        }));
        Assert.Equal("old report", File.ReadAllText(target));

        OutputFile.WriteText(target, "--json", [], text => text.Write("new report"));
        Assert.Equal("new report", File.ReadAllText(target));
        Assert.Equal(["r.json"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }

    [Fact]
    public void Nothing_reaches_the_target_before_commit()
    {
        var dir = RepoPaths.TempDirectory();
        var target = Path.Combine(dir, "r.json");

        using (var file = OutputFile.Create(target, "--json", []))
        {
            file.Text.Write("{}");
            file.Text.Flush();
            Assert.False(File.Exists(target));
            Assert.True(File.Exists(file.TemporaryPath));
            Assert.Equal(dir, Path.GetDirectoryName(file.TemporaryPath)); // same directory: the move is a rename
            file.Commit();
        }

        Assert.Equal("{}", File.ReadAllText(target));
    }
}
