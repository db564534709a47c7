using System.Text;
using TranscriptLens.Core.Parsing.Telegram;

namespace TranscriptLens.Tests.Parsing.Telegram;

public sealed class TelegramEscapeRepairStreamTests
{
    private static (string Text, long Repairs) Repair(string json, int readSize)
    {
        using var stream = new TelegramEscapeRepairStream(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        using var output = new MemoryStream();
        var buffer = new byte[readSize];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, read);
        }

        return (Encoding.UTF8.GetString(output.ToArray()), stream.Repairs);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4096)]
    public void Rewrites_x_escapes_after_an_odd_run_of_backslashes_only(int readSize)
    {
        var (text, repairs) = Repair("\"a\\x0b b\\\\x41 c\\\\\\x1b d x\"", readSize);

        Assert.Equal("\"a\\u000b b\\\\x41 c\\\\\\u001b d x\"", text);
        Assert.Equal(2, repairs);
    }

    [Fact]
    public void Tracks_backslash_runs_across_the_internal_chunk_boundary()
    {
        var json = "\"" + new string('a', (64 * 1024) - 2) + "\\x07\"";

        var (text, repairs) = Repair(json, 1000);

        Assert.EndsWith("\\u0007\"", text, StringComparison.Ordinal);
        Assert.Equal(1, repairs);
    }
}
