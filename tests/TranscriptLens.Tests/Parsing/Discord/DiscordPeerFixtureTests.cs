using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing.Discord;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing.Discord;

/// <summary>
/// chat-analytics (AGPL, test use only) DiscordChatExporter fixtures, read from ../shared; the
/// expectations are those of <c>peer-fixtures/MANIFEST.md</c>. chat-analytics names legacy
/// accounts <c>name#1234</c>; we show the display name alone (nickname, else name).
/// </summary>
public sealed class DiscordPeerFixtureTests
{
    private static readonly DiscordParser Parser = new();

    [SharedDataFact]
    public void Dm_has_two_messages_the_nickname_and_the_call_as_system()
    {
        var chat = ParsedChat.Peer(Parser, "chat-analytics/discord/DM_2A_2M.json");

        var authored = chat.Messages.Where(m => m.Kind != MessageKind.System).ToList();
        Assert.Equal(["blah", "something something text"], authored.Select(m => m.Text));
        Assert.Equal(["mlomb", "Someones nickname"], authored.Select(m => m.Sender));
        var call = Assert.Single(chat.Messages, m => m.Kind == MessageKind.System);
        Assert.Null(call.Sender);
        Assert.Equal(new DateTimeOffset(2020, 7, 17, 17, 3, 14, 366, TimeSpan.Zero), new DateTimeOffset(call.Timestamp.Clock, call.Timestamp.Offset!.Value));
    }

    [SharedDataFact]
    public void Group_dm_has_three_messages_with_the_reply_and_trusts_the_array_over_message_count()
    {
        var chat = ParsedChat.Peer(Parser, "chat-analytics/discord/GC_3A_5M.json");

        var authored = chat.Messages.Where(m => m.Kind != MessageKind.System).ToList();
        Assert.Equal(3, authored.Count);

        // The reply to 1064990824305274930 (by "not a plant", nickname "theplant") is an ordinary message by mlomb.
        Assert.Equal(("mlomb", "woah nice :custom_emoji:"), (authored[2].Sender, authored[2].Text));
        Assert.Equal("theplant", authored[0].Sender);
        Assert.Equal(["Changed the channel name.", "Changed the channel icon.", "Started a call that lasted 113 minutes."],
            chat.Messages.Where(m => m.Kind == MessageKind.System).Select(m => m.Text));
        Assert.Equal("2023-03-03T14:47:59+00:00", chat.Messages[^1].Timestamp.ToString());
        Assert.True(chat.Reported(DiagnosticSeverity.Info, "messageCount says 5 but the messages array holds 6"));
    }

    [SharedDataFact]
    public void Server_channel_has_five_messages_a_deleted_edited_one_and_media_with_caption()
    {
        var chat = ParsedChat.Peer(Parser, "chat-analytics/discord/SV_5A_5M.json");

        // Five elements, the first two with the same id (the fixture is hand-made): five messages, as
        // chat-analytics counts them; a repeated id is not taken for a duplicate.
        Assert.Equal(5, chat.Messages.Count);
        var deleted = chat.Messages[0];
        Assert.Equal(("Deleted User #555555555555555555", true), (deleted.Sender, deleted.Edited));
        Assert.Equal(new DateTime(2018, 5, 20, 16, 9, 44, 209), deleted.Timestamp.Clock);
        Assert.Equal("mlomb", chat.Messages[2].Sender); // no nickname → name
        Assert.Equal((MessageKind.Media, "unknown.png", "This message has attachments and stickers."),
            (chat.Messages[3].Kind, chat.Messages[3].Attachment, chat.Messages[3].Text));
        Assert.Equal("This message has reactions.", chat.Messages[4].Text);
        Assert.Equal([true, true, false, false, false], chat.Messages.Select(m => m.Edited));
        Assert.Equal(0, chat.Diagnostics.Count(DiagnosticSeverity.Warning));
    }
}
