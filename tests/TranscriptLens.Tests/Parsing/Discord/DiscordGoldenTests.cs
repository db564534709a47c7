using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing.Discord;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing.Discord;

/// <summary>
/// The invented DiscordChatExporter fixtures against expected files checked by hand:
/// <list type="bullet">
/// <item><c>dm.json</c>: 8 elements → 7 messages by Lena (nickname over <c>lena.okafor</c>) and
/// tomasz.b (nickname null → name) plus the call as a system message with no sender; times
/// 21:05:17+01:00 … 21:30:44+01:00 as written; the reply (003) is edited; 004 is media
/// <c>IMG_2041.jpg</c> (first of two) with caption "proof 💪"; 005 media <c>voice-message.ogg</c>
/// with empty text; 006 the sticker alone → media "sticker: Wumpus Wave"; the 👍 reaction is no
/// message; the last text keeps its line break.</item>
/// <item><c>guild.json</c>: GuildMemberJoin, ChannelPinnedMessage and ThreadCreated are system with
/// the exporter's English text; "Deleted User #456000000000000001"; marco.v's empty nickname →
/// name; the element without a timestamp (line of 106) is one Skipped warning; the forwarded 107
/// reads its original's text.</item>
/// <item><c>csv-dm.csv</c>: 7 rows, the one with a dd/mm date skipped with its line (8); the
/// quoted multi-line text with doubled quotes is one message; attachments → media with the first
/// URL's file name; the call row is text by lena.okafor (the CSV has no type).</item>
/// </list>
/// </summary>
public sealed class DiscordGoldenTests
{
    private static readonly DiscordParser Parser = new();

    [Theory]
    [InlineData("dm.json")]
    [InlineData("guild.json")]
    [InlineData("csv-dm.csv")]
    public void Parses_the_fixture_as_expected(string file)
    {
        var chat = ParsedChat.Fixture(Parser, $"discord/{file}");

        GoldenFile.AssertJson(chat.ToJson(), $"discord/{Path.GetFileNameWithoutExtension(file)}.expected.json");
    }

    [Fact]
    public void Dm_prefers_the_nickname_and_falls_back_to_the_account_name()
    {
        var chat = ParsedChat.Fixture(Parser, "discord/dm.json");

        Assert.Equal(["Lena", "tomasz.b"], chat.Messages.Where(m => m.Sender is not null).Select(m => m.Sender).Distinct());
    }

    [Fact]
    public void Dm_keeps_the_offset_of_each_timestamp_as_an_instant()
    {
        var chat = ParsedChat.Fixture(Parser, "discord/dm.json");

        Assert.All(chat.Messages, m => Assert.Equal(TimeSpan.FromHours(1), m.Timestamp.Offset));
        Assert.Equal("2024-03-14T21:05:17+01:00", chat.Messages[0].Timestamp.ToString());
    }

    [Fact]
    public void Reactions_are_not_messages_and_the_call_is_a_system_message_without_sender()
    {
        var chat = ParsedChat.Fixture(Parser, "discord/dm.json");

        Assert.Equal(8, chat.Messages.Count);
        var call = Assert.Single(chat.Messages, m => m.Kind == MessageKind.System);
        Assert.Equal(("Started a call that lasted 12 minutes.", null), (call.Text, call.Sender));
    }

    [Fact]
    public void Only_the_edited_reply_is_flagged_edited()
    {
        var chat = ParsedChat.Fixture(Parser, "discord/dm.json");

        Assert.Equal(["how was it? did you finish the blue route?"], chat.Messages.Where(m => m.Edited).Select(m => m.Text));
    }

    [Fact]
    public void Attachments_and_a_lone_sticker_are_media_with_the_caption_as_text()
    {
        var chat = ParsedChat.Fixture(Parser, "discord/dm.json");

        Assert.Equal(
            [("tomasz.b", "proof 💪", "IMG_2041.jpg"), ("Lena", string.Empty, "voice-message.ogg"), ("tomasz.b", string.Empty, "sticker: Wumpus Wave")],
            chat.Messages.Where(m => m.Kind == MessageKind.Media).Select(m => (m.Sender, m.Text, m.Attachment)));
    }

    [Fact]
    public void Guild_export_reads_system_messages_deleted_users_and_forwards_and_skips_the_undated_message()
    {
        var chat = ParsedChat.Fixture(Parser, "discord/guild.json");

        Assert.Equal(["Joined the server.", "Pinned a message.", "Started a thread."],
            chat.Messages.Where(m => m.Kind == MessageKind.System).Select(m => m.Text));
        Assert.Contains(chat.Messages, m => m.Sender == "Deleted User #456000000000000001" && m.Text == "count me in");
        Assert.Contains(chat.Messages, m => m.Sender == "marco.v" && m.Text == "Friday: doors open at 7pm");
        var skipped = Assert.Single(chat.Diagnostics.Items, d => d.Kind == DiagnosticKind.Skipped);
        Assert.Equal(DiagnosticSeverity.Warning, skipped.Severity);
        Assert.NotNull(skipped.Line);
        Assert.Null(chat.Messages.FirstOrDefault(m => m.Text == "this one lost its timestamp"));
    }

    [Fact]
    public void Csv_reads_a_quoted_multi_line_message_as_one_and_skips_the_row_it_cannot_date()
    {
        var chat = ParsedChat.Fixture(Parser, "discord/csv-dm.csv");

        Assert.Equal(6, chat.Messages.Count);
        Assert.Equal("yeah, just got back from the climbing gym\nfinally did the \"blue route\"", chat.Messages[1].Text);
        Assert.Equal((MessageKind.Media, "IMG_2041.jpg"), (chat.Messages[2].Kind, chat.Messages[2].Attachment));
        var skipped = Assert.Single(chat.Diagnostics.Items, d => d.Kind == DiagnosticKind.Skipped);
        Assert.Equal(8, skipped.Line);
    }
}
