using TranscriptLens.Core.Parsing.WhatsApp;

namespace TranscriptLens.Tests.Parsing.WhatsApp;

public sealed class AuthorSplitterTests
{
    [Theory]
    [InlineData("Ana: on my way", "Ana", "on my way")]
    [InlineData("John-John Doe: Lorem ipsum : dolor sit amet.", "John-John Doe", "Lorem ipsum : dolor sit amet.")]
    [InlineData("Dr.: Who: knows", "Dr.", "Who: knows")]
    [InlineData("Carol:", "Carol", "")]
    [InlineData("+44 7700 900123: hi", "+44 7700 900123", "hi")]
    [InlineData("Robert \"Bob\" Smith: hi", "Robert \"Bob\" Smith", "hi")]
    [InlineData("Bob: see https://example.com/a:b", "Bob", "see https://example.com/a:b")]
    public void Splits_at_the_first_colon_space(string body, string author, string text)
    {
        Assert.True(AuthorSplitter.TrySplit(body, out var authorEnd, out var textStart));

        Assert.Equal(author, body[..authorEnd]);
        Assert.Equal(text, body[textStart..]);
    }

    [Theory]
    [InlineData("You created group \"Dinner\"")]
    [InlineData("Ana changed the subject from \"Plans: Friday\" to \"Plans\"")]
    [InlineData("Ana hat den Betreff von „Plan: A“ zu „B“ geändert.")]
    [InlineData("John Doe:.")]
    [InlineData("Alice added you")]
    public void Finds_no_author_in_system_lines(string body)
    {
        Assert.False(AuthorSplitter.TrySplit(body, out _, out _));
    }

    [Fact]
    public void Sender_names_lose_invisible_marks_and_are_shared()
    {
        var names = new SenderNames();

        var first = names.Get("\u2068Carl\u2069 ");
        var second = names.Get("Carl");

        Assert.Equal("Carl", first);
        Assert.Same(first, second);
    }
}
