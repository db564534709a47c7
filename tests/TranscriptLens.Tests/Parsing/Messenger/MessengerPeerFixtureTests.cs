using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing.Messenger;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing.Messenger;

/// <summary>
/// Peer fixtures read from ../shared, with the expectations of <c>peer-fixtures/MANIFEST.md</c>:
/// chat-analytics (AGPL, test use only) <c>messenger/2A_7M.json</c> and chat-miner (MIT)
/// <c>instagram/test_export.json</c>.
/// </summary>
public sealed class MessengerPeerFixtureTests
{
    private static readonly MessengerParser Parser = new();

    [SharedDataFact]
    public void Chat_analytics_file_with_a_bom_gives_seven_messages_oldest_first()
    {
        var chat = ParsedChat.Peer(Parser, "chat-analytics/messenger/2A_7M.json");

        // MANIFEST: photo(Bob) 1415147240411, sticker(Bob), audio(Alice), file(Bob), "you what", "Whats up!", "Hello" 1415147732056.
        Assert.Equal(
            [
                ("Bob", MessageKind.Media, "123123123123123.jpg"),
                ("Bob", MessageKind.Media, "sticker"),
                ("Alice", MessageKind.Media, "audioclip11111.mp4"),
                ("Bob", MessageKind.Media, "blabla.docx"),
                ("Bob", MessageKind.Text, null),
                ("Bob", MessageKind.Text, null),
                ("Alice", MessageKind.Text, null),
            ],
            chat.Messages.Select(m => (m.Sender!, m.Kind, m.Attachment)));
        Assert.Equal(["", "", "", "", "you what", "Whats up!", "Hello"], chat.Texts);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1415147240411), At(chat.Messages[0]));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1415147732056), At(chat.Messages[^1]));
        Assert.True(chat.Reported(DiagnosticSeverity.Info, "thread 'Alice' (inbox/alice_aaaaaaaaaa)"));
        Assert.Equal(0, chat.Diagnostics.Count(DiagnosticSeverity.Warning));
    }

    [SharedDataFact]
    public void Chat_miner_instagram_file_without_participants_gives_two_messages_in_utc()
    {
        var chat = ParsedChat.Peer(Parser, "chat-miner/instagram/test_export.json");

        // MANIFEST: 2019-12-24T11:23:00 Jane Doe, 2020-01-17T20:49:00 John Doe (naive UTC there; instants at +00:00 here).
        Assert.Equal([("Jane Doe", "Hello John!"), ("John Doe", "Hello Jane!")], chat.Messages.Select(m => (m.Sender!, m.Text)));
        Assert.Equal(["2019-12-24T11:23:00+00:00", "2020-01-17T20:49:00+00:00"], chat.Messages.Select(m => m.Timestamp.ToString()));
    }

    private static DateTimeOffset At(Message message) => new(message.Timestamp.Clock, message.Timestamp.Offset!.Value);
}
