using System.IO.Compression;
using System.Text;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Formats;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Parsing.Messenger;

namespace TranscriptLens.Tests.Parsing.Messenger;

/// <summary>The export zip, built in memory: one transcript per thread, a split thread read across its files in time order, <c>--chat</c>.</summary>
public sealed class MessengerArchiveTests
{
    private const string Inbox = "your_facebook_activity/messages/inbox/zoeek_1234567890/";
    private const string Archived = "your_facebook_activity/messages/archived_threads/bookclub_987654321/";

    private static readonly MessengerParser Parser = new();

    // "Zoë Ek" as Facebook writes it (each UTF-8 byte a Latin-1 character).
    private const string ZoeMojibake = "Zo\\u00c3\\u00ab Ek";

    // Thread 1 is split: message_2.json holds the two oldest messages, message_1.json the three newest,
    // each file newest first. message_1 comes first in the zip, as the export writes it.
    private static byte[] Export() => Zip(
        (Inbox + "message_1.json", Thread(ZoeMojibake, (ZoeMojibake, 1710446700000, "five"), ("Ana", 1710446640000, "four"), (ZoeMojibake, 1710446580000, "three"))),
        (Inbox + "photos/1234_n.jpg", "not json at all"),
        (Inbox + "message_2.json", Thread(ZoeMojibake, ("Ana", 1710446520000, "two"), (ZoeMojibake, 1710446460000, "one"))),
        (Archived + "message_1.json", Thread("Book club", ("Ana", 1700000060000, "chapter 3?"), ("Kofi", 1700000000000, "who finished it"))));

    [Fact]
    public void Each_thread_is_one_conversation_named_by_its_repaired_title()
    {
        var chat = ParsedChat.Read(Parser, ChatInput.FromBytes("facebook-export.zip", Export()));

        Assert.Equal(["Book club", "Zoë Ek"], chat.Messages.Select(m => m.Chat!).Distinct());
        Assert.Equal(["who finished it", "chapter 3?"], chat.Messages.Where(m => m.Chat == "Book club").Select(m => m.Text));
        Assert.True(chat.Reported(DiagnosticSeverity.Info, "2 threads: Book club, Zoë Ek (use --chat to read one)"));
    }

    [Fact]
    public void A_split_thread_runs_oldest_first_from_the_last_file_to_message_1()
    {
        var chat = ParsedChat.Read(Parser, ChatInput.FromBytes("facebook-export.zip", Export()));

        var zoe = chat.Messages.Where(m => m.Chat == "Zoë Ek").ToList();
        Assert.Equal(["one", "two", "three", "four", "five"], zoe.Select(m => m.Text));
        Assert.Equal(["Zoë Ek", "Ana", "Zoë Ek", "Ana", "Zoë Ek"], zoe.Select(m => m.Sender));
        Assert.Equal([0, 1, 2, 3, 4], zoe.Select(m => m.Index));
        Assert.Equal(0, chat.Diagnostics.Count(DiagnosticSeverity.Warning));
    }

    [Fact]
    public void The_chat_option_keeps_one_thread_ignoring_case()
    {
        var chat = ParsedChat.Read(Parser, ChatInput.FromBytes("facebook-export.zip", Export()), ParseOptions.Default with { Chat = "zoë ek" });

        Assert.Equal(["one", "two", "three", "four", "five"], chat.Texts);
        Assert.All(chat.Messages, m => Assert.Equal("Zoë Ek", m.Chat));
    }

    [Fact]
    public void An_unknown_chat_is_a_usage_error_listing_the_threads()
    {
        var error = Assert.Throws<UsageException>(() =>
            ParsedChat.Read(Parser, ChatInput.FromBytes("facebook-export.zip", Export()), ParseOptions.Default with { Chat = "Nobody" }));

        Assert.Equal("--chat Nobody: no such thread in facebook-export.zip; threads: Book club, Zoë Ek", error.Message);
    }

    [Theory]
    [InlineData("your_facebook_activity/messages/inbox/boek_123/message_1.json")]
    [InlineData("messages/inbox/boek_123/message_3.json")]
    [InlineData("your_instagram_activity/messages/inbox/maya_17846/message_1.json")]
    [InlineData("your_facebook_activity/messages/message_requests/someone_55/message_1.json")]
    [InlineData("your_facebook_activity/messages/filtered_threads/someone_55/message_1.json")]
    public void A_zip_with_a_conversation_file_is_detected_as_messenger(string entry)
    {
        var input = ChatInput.FromBytes("export.zip", Zip((entry, Thread("Bo Ek", ("Bo Ek", 1710446460000, "hi")))));

        Assert.Equal("messenger", ChatFormats.Registry.Detect(input).Name);
    }

    [Fact]
    public void A_zip_without_message_files_is_not_this_format()
    {
        var input = ChatInput.FromBytes("photos.zip", Zip(
            ("your_facebook_activity/messages/inbox/boek_123/photos/1.jpg", "jpeg"),
            ("your_facebook_activity/messages/inbox/boek_123/notes.json", "{}")));

        Assert.Equal(0, new MessengerSniffer().Score(input.Probe));
        var error = Assert.Throws<InputFormatException>(() => ParsedChat.Read(Parser, input));
        Assert.Contains("holds no Messenger or Instagram conversation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whatsapp_zip_is_not_messenger_and_a_messenger_zip_is_not_whatsapp()
    {
        var whatsapp = ChatInput.FromBytes("chat.zip", Zip(("_chat.txt", "[14.03.24, 21:05:17] Ana: hi\n")));
        var messenger = ChatInput.FromBytes("export.zip", Export());

        Assert.Equal(0, new MessengerSniffer().Score(whatsapp.Probe));
        Assert.Equal(0, new Core.Parsing.WhatsApp.WhatsAppSniffer().Score(messenger.Probe));
    }

    /// <summary>A <c>message_N.json</c> with the given messages, written in the order given (newest first).</summary>
    internal static string Thread(string title, params (string Sender, long Ms, string Content)[] newestFirst)
    {
        var messages = string.Join(",\n", newestFirst.Select(m =>
            $"    {{\"sender_name\": \"{m.Sender}\", \"timestamp_ms\": {m.Ms}, \"content\": \"{m.Content}\", \"is_geoblocked_for_viewer\": false}}"));
        return $"{{\n  \"participants\": [{{\"name\": \"{title}\"}}],\n  \"messages\": [\n{messages}\n  ],\n  \"title\": \"{title}\",\n  \"is_still_participant\": true,\n  \"magic_words\": []\n}}\n";
    }

    internal static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }
}
