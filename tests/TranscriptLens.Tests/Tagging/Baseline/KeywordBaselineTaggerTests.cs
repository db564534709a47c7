using TranscriptLens.Core.Model;
using TranscriptLens.Core.Tagging;
using TranscriptLens.Core.Tagging.Baseline;

namespace TranscriptLens.Tests.Tagging.Baseline;

public sealed class KeywordBaselineTaggerTests
{
    private static readonly DateTime Start = new(2024, 3, 2, 21, 0, 0);

    private static IReadOnlyList<TaggedMessage> Tag(params (int Minutes, string Sender, string Text, MessageKind Kind)[] lines) =>
        new KeywordBaselineTagger().Tag(lines.Select((l, i) =>
            new Message(i, ChatTime.Naive(Start.AddMinutes(l.Minutes)), l.Kind == MessageKind.System ? null : l.Sender, l.Text, l.Kind))).ToList();

    [Theory]
    [InlineData("ok", Engagement.Minimal)]
    [InlineData("lol", Engagement.Minimal)]
    [InlineData("👍", Engagement.Minimal)]
    [InlineData("idk", Engagement.Deflecting)]
    [InlineData("you're overthinking it", Engagement.Deflecting)]
    [InlineData("I got quiet at dinner because it felt like my news didn't matter to you", Engagement.Explaining)]
    [InlineData("I'll be there at 7", Engagement.Neutral)]
    [InlineData("what did the doctor say?", Engagement.Neutral)]
    public void Tags_engagement_from_word_lists(string text, Engagement expected)
    {
        var tagged = Tag((0, "Maya", "how was it?", MessageKind.Text), (1, "Tom", text, MessageKind.Text));

        Assert.Equal(expected, tagged[1].Tags!.Value.Engagement);
    }

    [Fact]
    public void Initiates_at_a_session_start_and_on_an_opener_but_not_on_an_answer()
    {
        var tagged = Tag(
            (0, "Maya", "how was the interview?", MessageKind.Text),
            (2, "Tom", "good I think", MessageKind.Text),
            (3, "Tom", "anyway guess what happened at work", MessageKind.Text),
            (4 * 60 + 3, "Maya", "morning", MessageKind.Text));

        Assert.True(tagged[0].Tags!.Value.Initiating);
        Assert.False(tagged[1].Tags!.Value.Initiating);
        Assert.True(tagged[2].Tags!.Value.Initiating);
        Assert.True(tagged[3].Tags!.Value.Initiating);
    }

    [Fact]
    public void System_and_deleted_messages_get_no_tags_and_bare_media_is_minimal()
    {
        var tagged = Tag(
            (0, "Maya", "Maya created group", MessageKind.System),
            (1, "Maya", string.Empty, MessageKind.Deleted),
            (2, "Tom", string.Empty, MessageKind.Media),
            (3, "Tom", "image omitted", MessageKind.Text));

        Assert.Null(tagged[0].Tags);
        Assert.Null(tagged[1].Tags);
        Assert.Equal(Engagement.Minimal, tagged[2].Tags!.Value.Engagement);
        Assert.Equal(1f, tagged[2].Tags!.Value.Confidence);
        Assert.Equal(Engagement.Minimal, tagged[3].Tags!.Value.Engagement);
    }

    [Theory]
    [InlineData("<Media omitted>", true)]
    [InlineData("sticker omitted", true)]
    [InlineData("<Medien ausgeschlossen>", true)]
    [InlineData("IMG-20240816-WA0007.jpg (file attached)", true)]
    [InlineData("IMG-20240816-WA0007.jpg (file attached)\nlook at this view", false)]
    [InlineData("I omitted the details", false)]
    public void Recognises_media_placeholders(string text, bool expected) =>
        Assert.Equal(expected, MediaPlaceholder.Is(text));
}
