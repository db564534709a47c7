using TranscriptLens.Cli.Commands;

namespace TranscriptLens.Tests.Cli.Commands;

public sealed class ReportFilesTests
{
    [Theory]
    [InlineData("Sam Smith", "sam-smith")]
    [InlineData("+49 170 1234567", "49-170-1234567")]
    [InlineData("Família 👨‍👩‍👧", "fam-lia")]
    [InlineData("🎉🎉", "conversation-3")]
    [InlineData(null, "conversation-3")]
    public void Conversation_names_become_file_name_safe(string? conversation, string slug) =>
        Assert.Equal(slug, ReportFiles.Slug(conversation, 2));
}
