using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Parsing.Telegram;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing.Telegram;

public sealed class TelegramGoldenTests
{
    private static readonly TelegramParser Parser = new();

    [Theory]
    [InlineData("single-chat")]
    [InlineData("full-export")]
    [InlineData("old-export")]
    public void Parses_the_fixture_as_expected(string variant)
    {
        var chat = ParsedChat.Fixture(Parser, $"telegram/{variant}.json");

        GoldenFile.AssertJson(chat.ToJson(), $"telegram/{variant}.expected.json");
    }

    [Fact]
    public void Full_export_names_every_chat_including_saved_messages_and_left_chats()
    {
        var chat = ParsedChat.Fixture(Parser, "telegram/full-export.json");

        Assert.Equal(["Mira Patel", "Saved Messages", "Book club", "Old Team"], chat.Messages.Select(m => m.Chat).Distinct());
        Assert.True(chat.Reported(DiagnosticSeverity.Info, "4 chats: Mira Patel, Saved Messages, Book club, Old Team"));
    }

    [Theory]
    [InlineData("book CLUB", "Book club")]
    [InlineData("saved messages", "Saved Messages")]
    public void Chat_option_keeps_one_chat_by_name_case_insensitively(string wanted, string expected)
    {
        var chat = ParsedChat.Fixture(Parser, "telegram/full-export.json", ParseOptions.Default with { Chat = wanted });

        Assert.NotEmpty(chat.Messages);
        Assert.All(chat.Messages, m => Assert.Equal(expected, m.Chat));
    }

    [Fact]
    public void Unknown_chat_is_a_usage_error_listing_the_chats()
    {
        var error = Assert.Throws<UsageException>(() =>
            ParsedChat.Fixture(Parser, "telegram/full-export.json", ParseOptions.Default with { Chat = "Nobody" }));

        Assert.Contains("chats: Mira Patel, Saved Messages, Book club, Old Team", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Old_export_sorts_its_naive_times_and_reports_it()
    {
        var chat = ParsedChat.Fixture(Parser, "telegram/old-export.json");

        Assert.Equal(["yes, finally", "did you get home ok?", string.Empty], chat.Texts);
        Assert.All(chat.Messages, m => Assert.False(m.Timestamp.IsInstant));
        Assert.True(chat.Reported(DiagnosticSeverity.Info, "out of time order"));
    }

    [Fact]
    public void Second_chat_older_than_the_first_is_not_reported_out_of_order()
    {
        var chat = ParsedChat.Fixture(Parser, "telegram/full-export.json");

        Assert.Equal(0, chat.Diagnostics.Count(DiagnosticSeverity.Warning));
        Assert.DoesNotContain(chat.Diagnostics.Items, d => d.Message.Contains("out of time order", StringComparison.Ordinal));
    }
}
