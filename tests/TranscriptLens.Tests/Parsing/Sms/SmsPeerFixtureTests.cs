using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Parsing.Sms;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing.Sms;

/// <summary>sms-backup-reader-2's fixtures (MIT), read from ../shared; expectations from its tests and the MANIFEST.</summary>
public sealed class SmsPeerFixtureTests
{
    private static readonly SmsBackupParser Parser = new();

    private static ParsedChat Peer(string file, ParseOptions? options = null) =>
        ParsedChat.Peer(Parser, $"sms-backup-reader-2/{file}", options);

    [SharedDataFact]
    public void Sample_small_has_two_threads_of_four_and_three_messages()
    {
        var chat = Peer("e2e-fixtures/sample_small.xml");

        var threads = chat.Messages.GroupBy(m => m.Thread).ToDictionary(g => g.Key!, g => g.Select(m => m.Text).ToList());
        Assert.Equal(["Contact A", "Contact B"], threads.Keys);
        Assert.Equal(["SMS 1 in Thread 1", "SMS 2 in Thread 1", "SMS 3 in Thread 1", "MMS 1 text in Thread 1"], threads["Contact A"]);
        Assert.Equal(["SMS 4 in Thread 2", "SMS 5 in Thread 2", "MMS 2 text in Thread 2"], threads["Contact B"]);
    }

    [SharedDataFact]
    public void Sample_small_attributes_a_received_mms_without_a_from_address_to_the_contact_and_a_sent_one_to_me()
    {
        var chat = Peer("e2e-fixtures/sample_small.xml");

        Assert.Equal("Contact A", chat.Messages.Single(m => m.Text == "MMS 1 text in Thread 1").Sender);
        Assert.Equal("Me", chat.Messages.Single(m => m.Text == "MMS 2 text in Thread 2").Sender);
    }

    [SharedDataFact]
    public void Sample_small_selects_a_thread_by_name()
    {
        var chat = Peer("e2e-fixtures/sample_small.xml", ParseOptions.Default with { Thread = "contact b" });

        Assert.Equal(3, chat.Messages.Count);
        Assert.All(chat.Messages, m => Assert.Equal("Contact B", m.Thread));
    }

    [SharedDataFact]
    public void Sms_small_has_twelve_messages_eight_received_and_four_sent()
    {
        var chat = Peer("test-assets/sms_small.xml");

        Assert.Equal(12, chat.Messages.Count);
        Assert.Equal(4, chat.Messages.Count(m => m.Sender == "Me"));
        Assert.Equal(8, chat.Messages.Count(m => m.Sender != "Me"));
        Assert.Contains("Body text 10\nBody text 11\nBody text 12", chat.Texts);
    }

    [SharedDataFact]
    public void Sms_and_mms_keeps_41_sms_and_9_mms_although_the_file_is_cut_off_inside_the_last_mms()
    {
        var chat = Peer("test-assets/sms_and_mms.xml");

        // The fixture ends inside the ninth <mms> (its text part is missing): 41 SMS + 8 whole MMS
        // + the cut-off one, kept as media with no text, and one error naming the break.
        Assert.Equal(50, chat.Messages.Count);
        Assert.Equal(41, chat.Messages.Count(m => m.Line < 45));
        var error = Assert.Single(chat.Diagnostics.Items, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("the MMS starting at line 133 was cut off", error.Message, StringComparison.Ordinal);
        var cut = chat.Messages.Single(m => m.Line == 133);
        Assert.Equal(("Me", MessageKind.Media, "+15550000009~+15550000012~+15550000013"), (cut.Sender, cut.Kind, cut.Thread));
    }

    [SharedDataFact]
    public void Sms_and_mms_attributes_group_and_unknown_senders_by_address()
    {
        var chat = Peer("test-assets/sms_and_mms.xml");

        var rcsGroup = chat.Messages.Where(m => m.Thread == "group_8@rcs.google.com").ToList();
        Assert.Equal(["+15550000009", "Me", "+15550000010"], rcsGroup.Select(m => m.Sender));
        Assert.Equal(["Body text 47", "Body text 48", "Body text 49"], rcsGroup.Select(m => m.Text));
        var unknown = chat.Messages.Where(m => m.Thread == "+15550000011").ToList();
        Assert.Equal(2, unknown.Count);
        Assert.All(unknown, m => Assert.Equal(("+15550000011", MessageKind.Media), (m.Sender, m.Kind)));
        Assert.Equal(["image_8.png", "image_10.png"], unknown.Select(m => m.Attachment));
    }

    [SharedDataFact]
    public void Sample_mms_reads_every_attachment_with_its_caption()
    {
        var chat = Peer("e2e-fixtures/sample_mms.xml");

        Assert.Equal(["image.png", "video.mp4", "audio.mp3", "document.pdf"], chat.Messages.Select(m => m.Attachment));
        Assert.All(chat.Messages, m => Assert.Equal(MessageKind.Media, m.Kind));
        Assert.Equal("Here is an image attachment", chat.Messages[0].Text);
        Assert.All(chat.Messages, m => Assert.Equal("Contact C", m.Sender));
    }

    [SharedDataFact]
    public void Corrupt_attachments_still_yield_their_text()
    {
        var chat = Peer("e2e-fixtures/corrupt_attachments.xml");

        Assert.Equal(["MMS with corrupted base64 image data", "MMS with unsupported attachment type"], chat.Texts);
        Assert.Equal(["corrupt_image.png", "corrupt.file"], chat.Messages.Select(m => m.Attachment));
        Assert.Equal(0, chat.Diagnostics.Count(DiagnosticSeverity.Warning) + chat.Diagnostics.Count(DiagnosticSeverity.Error));
    }

    [SharedDataFact]
    public void Empty_backup_has_no_messages_and_says_so()
    {
        var chat = Peer("e2e-fixtures/empty.xml");

        Assert.Empty(chat.Messages);
        Assert.True(chat.Reported(DiagnosticSeverity.Info, "the backup holds no messages"));
    }
}
