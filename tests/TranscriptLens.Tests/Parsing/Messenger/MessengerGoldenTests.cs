using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing.Messenger;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing.Messenger;

/// <summary>
/// The invented Messenger and Instagram fixtures against expected files checked by hand:
/// <list type="bullet">
/// <item><c>facebook.json</c>: 10 elements written newest first → 9 messages delivered oldest
/// first, 20:00:00+00:00 (epoch 1710446400000) … 20:22:00+00:00; names "Inès Moreau" and "Tomás
/// Ruiz" and the texts repaired from their <c>\u00c3\u00a8</c>-style escapes ("ça va ? 😀",
/// "à Biarritz 🌊", "C’était … t’entendre\nà demain" with its line break); the ❤ reaction is no
/// message; the photos → media <c>431234567_1123_n.jpg</c> (first of two) with its caption; the
/// sticker → media "sticker" with empty text; the unsent one → deleted with empty text; the call
/// (<c>call_duration</c> 754) → system, no sender, "The video call ended."; the hand-written
/// "“quoted” ça va" unchanged; the share → media with the link as attachment and "try this one"
/// as caption; the element without <c>timestamp_ms</c> (line 39) → one Skipped warning.</item>
/// <item><c>instagram.json</c>: 7 elements → 5 messages oldest first (photo, "did you see this?",
/// "haha that wave 😂", the reel share, "see you tomorrow then 👋"); "Reacted 😂 to your message"
/// and "Liked a message" are dropped and counted in one info line.</item>
/// </list>
/// </summary>
public sealed class MessengerGoldenTests
{
    private static readonly MessengerParser Parser = new();

    [Theory]
    [InlineData("facebook.json")]
    [InlineData("instagram.json")]
    public void Parses_the_fixture_as_expected(string file)
    {
        var chat = ParsedChat.Fixture(Parser, $"messenger/{file}");

        GoldenFile.AssertJson(chat.ToJson(), $"messenger/{Path.GetFileNameWithoutExtension(file)}.expected.json");
    }

    [Fact]
    public void Facebook_messages_leave_the_parser_oldest_first_as_utc_instants()
    {
        var chat = ParsedChat.Fixture(Parser, "messenger/facebook.json");

        Assert.Equal(9, chat.Messages.Count);
        Assert.Equal("2024-03-14T20:00:00+00:00", chat.Messages[0].Timestamp.ToString()); // 1710446400000 ms
        Assert.Equal("2024-03-14T20:22:00+00:00", chat.Messages[^1].Timestamp.ToString()); // 1710447720000 ms
        Assert.Equal([.. Enumerable.Range(0, 9)], chat.Messages.Select(m => m.Index));
        Assert.Null(chat.Diagnostics.Items.FirstOrDefault(d => d.Message.Contains("out of order", StringComparison.Ordinal)));
    }

    [Fact]
    public void Facebook_names_and_texts_are_repaired_and_correct_text_is_left_alone()
    {
        var chat = ParsedChat.Fixture(Parser, "messenger/facebook.json");

        Assert.Equal(["Inès Moreau", "Tomás Ruiz"], chat.Messages.Where(m => m.Sender is not null).Select(m => m.Sender!).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal("Salut Tomás ! ça va ? 😀", chat.Messages[0].Text);
        Assert.Equal("C’était super de t’entendre\nà demain", chat.Messages[6].Text);
        Assert.Equal("“quoted” ça va", chat.Messages[7].Text);
    }

    [Fact]
    public void Facebook_media_sticker_share_unsent_and_call_get_their_kinds()
    {
        var chat = ParsedChat.Fixture(Parser, "messenger/facebook.json");

        Assert.Equal(
            [
                (MessageKind.Text, "Inès Moreau", null),
                (MessageKind.Text, "Tomás Ruiz", null),
                (MessageKind.Media, "Inès Moreau", "431234567_1123_n.jpg"),
                (MessageKind.Media, "Tomás Ruiz", "sticker"),
                (MessageKind.Deleted, "Inès Moreau", null),
                (MessageKind.System, null, null),
                (MessageKind.Text, "Inès Moreau", null),
                (MessageKind.Text, "Tomás Ruiz", null),
                (MessageKind.Media, "Tomás Ruiz", "https://example.com/recetas/paella-valenciana"),
            ],
            chat.Messages.Select(m => (m.Kind, m.Sender, m.Attachment)));
        Assert.Equal("la plage à Biarritz 🌊", chat.Messages[2].Text);
        Assert.Equal(string.Empty, chat.Messages[4].Text);
        Assert.Equal("The video call ended.", chat.Messages[5].Text);
    }

    [Fact]
    public void A_message_without_a_timestamp_is_skipped_with_its_line_and_reading_goes_on()
    {
        var chat = ParsedChat.Fixture(Parser, "messenger/facebook.json");

        var skipped = Assert.Single(chat.Diagnostics.Items, d => d.Kind == DiagnosticKind.Skipped);
        Assert.Equal((DiagnosticSeverity.Warning, 39), (skipped.Severity, skipped.Line));
        Assert.DoesNotContain(chat.Messages, m => m.Text == "this one lost its timestamp");
    }

    [Fact]
    public void Instagram_reaction_notices_are_dropped_and_counted()
    {
        var chat = ParsedChat.Fixture(Parser, "messenger/instagram.json");

        Assert.Equal(["", "did you see this?", "haha that wave 😂", "", "see you tomorrow then 👋"], chat.Texts);
        Assert.Equal((MessageKind.Media, "https://www.instagram.com/reel/Cz0aBcD1234/"), (chat.Messages[3].Kind, chat.Messages[3].Attachment));
        Assert.True(chat.Reported(DiagnosticSeverity.Info, "2 reaction notice(s)"));
    }
}
