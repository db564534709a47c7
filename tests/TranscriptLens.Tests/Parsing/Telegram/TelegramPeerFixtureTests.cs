using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing.Telegram;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing.Telegram;

/// <summary>chat-miner (MIT) and chat-analytics (AGPL, test use only) Telegram fixtures, read from ../shared.</summary>
public sealed class TelegramPeerFixtureTests
{
    private static readonly TelegramParser Parser = new();

    [SharedDataTheory]
    [InlineData("chat-miner/telegram/test_single_export.json", null)]
    [InlineData("chat-miner/telegram/test_batch_export.json", "Chatname")]
    public void Chat_miner_exports_give_the_two_target_messages(string file, string? chatName)
    {
        var chat = ParsedChat.Peer(Parser, file);

        // target.json (newest first there): 2018-12-05T10:39:10 "Minimal Message" by Author 1 and
        // 10:49:24 by Author 2, from date_unixtime read as UTC.
        Assert.Equal(["2018-12-05T10:39:10+00:00", "2018-12-05T10:49:24+00:00"], chat.Messages.Select(m => m.Timestamp.ToString()));
        Assert.Equal(["Author 1", "Author 2"], chat.Messages.Select(m => m.Sender));
        Assert.Equal("Minimal Message", chat.Messages[0].Text);

        // chat-miner joins the text runs with " " ("Link: https://telegram.org/"); we concatenate
        // them as Telegram shows them, with nothing between.
        Assert.Equal("Link:https://telegram.org/", chat.Messages[1].Text);
        Assert.All(chat.Messages, m => Assert.Equal(chatName, m.Chat));
    }

    [SharedDataFact]
    public void Chat_analytics_dm_gives_its_six_messages_and_the_service_events_as_system()
    {
        var chat = ParsedChat.Peer(Parser, "chat-analytics/telegram/DM_2A_7M.json");

        var authored = chat.Messages.Where(m => m.Kind != MessageKind.System).ToList();
        Assert.Equal([16, 40, 54, 68, 82, 94], authored.Select(m => m.Line)); // ids 3644, 3645, 3662, 3663, 3672, 3673
        Assert.Equal(["Bob", "Alice", "Bob", "Alice", "Alice", "Alice"], authored.Select(m => m.Sender));

        // chat-analytics expects " https://google.com  👀" (it pads each run with a space); the runs
        // themselves are "https://google.com" and " 👀".
        Assert.Equal("https://google.com 👀", authored[0].Text);
        Assert.Equal(
            string.Join(' ', " https://google.com  👀".Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            string.Join(' ', authored[0].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        Assert.All(authored.TakeLast(2), m => Assert.Equal((MessageKind.Media, "photo", string.Empty), (m.Kind, m.Attachment, m.Text)));

        var system = chat.Messages.Where(m => m.Kind == MessageKind.System).ToList();
        Assert.Equal(["joined_telegram by Bob", "phone_call by Alice (56 s)"], system.Select(m => m.Text));
        Assert.All(system, m => Assert.Null(m.Sender));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1691719862).UtcDateTime, system[1].Timestamp.Clock);
    }

    [SharedDataFact]
    public void Chat_analytics_big_group_has_5475_messages_by_20_senders()
    {
        var chat = ParsedChat.Peer(Parser, "chat-analytics/telegram/BIG_20A_5475M.json");

        Assert.Equal(5475, chat.Messages.Count);
        Assert.Equal(20, chat.Messages.Select(m => m.Sender).Distinct().Count());
        Assert.All(chat.Messages, m => Assert.True(m.Timestamp.IsInstant)); // its dates end in Z
    }
}
