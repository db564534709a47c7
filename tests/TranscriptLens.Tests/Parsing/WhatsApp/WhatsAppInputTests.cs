using System.IO.Compression;
using System.Text;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing.WhatsApp;

/// <summary>Inputs that are broken, hostile or packed: empty, binary, zips, enormous lines.</summary>
public sealed class WhatsAppInputTests
{
    private const string Chat = "14/03/2024, 21:05 - Ana: hi\n14/03/2024, 21:06 - Bo: hey\n";

    private static byte[] Zip(params (string Name, string Text)[] entries)
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

    [Fact]
    public void An_empty_file_is_an_input_error()
    {
        var error = Assert.Throws<InputFormatException>(() => WhatsAppRun.Of(ChatInput.FromBytes("empty.txt", [])));

        Assert.Equal("empty.txt", error.File);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_an_input_error_that_says_what_was_expected()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x7F;

        var error = Assert.Throws<InputFormatException>(() => WhatsAppRun.Of(ChatInput.FromBytes("photo.jpg", bytes)));

        Assert.Contains("no WhatsApp message header found in the first", error.Message, StringComparison.Ordinal);
        Assert.Contains("'14/03/2024, 21:05 - Name: text'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_file_that_is_not_a_chat_is_an_input_error()
    {
        var text = string.Join("\n", Enumerable.Range(1, 2000).Select(i => $"just some notes, line {i}"));

        var error = Assert.Throws<InputFormatException>(() => WhatsAppRun.OfText(text));

        Assert.Contains("first 1000 line(s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_chat_inside_a_zip_without_extracting_it()
    {
        var bytes = Zip(("00000001-PHOTO-2024-03-14-21-05-17.jpg", "not a photo"), ("_chat.txt", Chat));

        var run = WhatsAppRun.Of(ChatInput.FromBytes("WhatsApp Chat - Ana.zip", bytes));

        Assert.Equal(["hi", "hey"], run.Messages.Select(m => m.Text));
        Assert.Contains(run.Diagnostics.Items, d => d.Source == "WhatsApp Chat - Ana.zip!_chat.txt");
    }

    [Theory]
    [InlineData("WhatsApp Chat with Ana.txt")]
    [InlineData("WhatsApp_Chat_mit_Ana.txt")]
    [InlineData("Chat de WhatsApp con Ana.txt")]
    public void Finds_an_android_chat_file_among_several_text_entries(string name)
    {
        var bytes = Zip(("readme.txt", "nothing"), (name, Chat), ("notes.txt", "nothing"));

        var run = WhatsAppRun.Of(ChatInput.FromBytes("export.zip", bytes));

        Assert.Equal(2, run.Messages.Count);
    }

    [Fact]
    public void A_zip_without_a_chat_is_an_input_error()
    {
        var bytes = Zip(("a.jpg", "x"), ("b.txt", "y"), ("c.txt", "z"));

        var error = Assert.Throws<InputFormatException>(() => WhatsAppRun.Of(ChatInput.FromBytes("photos.zip", bytes)));

        Assert.Equal("photos.zip", error.File);
        Assert.Contains("holds no WhatsApp chat", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_zip_is_an_input_error()
    {
        byte[] bytes = [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8];

        Assert.Throws<InputFormatException>(() => WhatsAppRun.Of(ChatInput.FromBytes("broken.zip", bytes)));
    }

    [Fact]
    public void A_header_with_an_impossible_date_is_kept_as_text_and_reported()
    {
        var run = WhatsAppRun.OfText("14/03/2024, 21:05 - Ana: hi\n31/02/2024, 21:06 - Bo: not a date\n");

        var message = Assert.Single(run.Messages);
        Assert.Equal("hi\n31/02/2024, 21:06 - Bo: not a date", message.Text);
        Assert.Contains(run.Diagnostics.Items, d => d.Line == 2 && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void A_line_shaped_differently_from_the_files_headers_is_continuation_text()
    {
        var run = WhatsAppRun.OfText("14/03/2024, 21:05 - Ana: the log says\n2024-03-14 21:04:59 server restarted\n14/03/2024, 21:06 - Bo: ok\n");

        Assert.Equal(["the log says\n2024-03-14 21:04:59 server restarted", "ok"], run.Messages.Select(m => m.Text));
    }

    [Fact]
    public void Messages_copied_into_a_message_stay_part_of_it()
    {
        // WhatsApp's "copy" of several messages writes them in the iOS layout, even on Android.
        var lines = Enumerable.Range(0, 30).Select(i => $"14/03/2024, 21:{i:00} - Ana: message {i}").ToList();
        lines.Insert(10, "[13/03/24, 08:00] Bo: what Bo said yesterday");

        var run = WhatsAppRun.OfText(string.Join("\n", lines));

        Assert.Equal(30, run.Messages.Count);
        Assert.Equal("message 9\n[13/03/24, 08:00] Bo: what Bo said yesterday", run.Messages[9].Text);
    }

    [Fact]
    public void Two_exports_pasted_together_are_both_read()
    {
        var android = Enumerable.Range(0, 10).Select(i => $"14/03/2024, 21:{i:00} - Ana: android {i}");
        var ios = Enumerable.Range(0, 10).Select(i => $"[15/03/2024, 21:{i:00}:00] Ana: ios {i}");

        var run = WhatsAppRun.OfText(string.Join("\n", android.Concat(ios)));

        Assert.Equal(20, run.Messages.Count);
    }

    [Fact]
    public void Numbers_messages_in_file_order_before_sorting()
    {
        var messages = new Core.Parsing.WhatsApp.WhatsAppParser()
            .Parse(ChatInput.FromText("chat.txt", "14/03/2024, 21:05 - Ana: a\n14/03/2024, 21:04 - Bo: b\n"), ParseOptions.Default, new DiagnosticBag())
            .ToList();

        Assert.Equal([0, 1], messages.Select(m => m.Index));
        Assert.Equal(["a", "b"], messages.Select(m => m.Text));
    }

    [Fact]
    public void A_50_MB_line_is_cut_reported_and_does_not_stop_the_parse()
    {
        var path = Path.Combine(RepoPaths.TempDirectory(), "huge.txt");
        using (var file = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16))
        {
            file.Write("14/03/2024, 21:05 - Ana: here comes a lot\n");
            var chunk = new string('x', 1 << 16);
            for (var i = 0; i < 50 * 16; i++)
            {
                file.Write(chunk);
            }

            file.Write("\n14/03/2024, 21:06 - Bo: that was a lot\n");
        }

        try
        {
            var run = WhatsAppRun.OfFile(path);

            Assert.Equal(2, run.Messages.Count);
            Assert.Equal("that was a lot", run.Messages[1].Text);
            Assert.Equal(3, run.Messages[1].Line);
            Assert.InRange(run.Messages[0].Text.Length, 1 << 20, (1 << 20) + 100);
            Assert.Contains(run.Diagnostics.Items, d => d.Line == 2 && d.Message.Contains("longer than", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_50_MB_file_without_line_breaks_is_an_input_error()
    {
        var path = Path.Combine(RepoPaths.TempDirectory(), "blob.txt");
        var bytes = new byte[50 << 20];
        Array.Fill(bytes, (byte)'x');
        File.WriteAllBytes(path, bytes);
        try
        {
            var error = Assert.Throws<InputFormatException>(() => WhatsAppRun.OfFile(path));

            Assert.Contains("first 1 line(s)", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void System_author_heuristic_needs_proof_and_no_ordinary_message()
    {
        // "Plans" only writes events, one of them after U+200E: the chat name. "Ana" writes an event
        // without the mark and an ordinary message: a person.
        var run = WhatsAppRun.OfText(
            "[3/14/24, 8:50:01 PM] Plans: \u200EAna added Bo\n"
            + "[3/14/24, 8:51:00 PM] Plans: Bo left\n"
            + "[3/14/24, 8:52:00 PM] Ana: Bo left\n"
            + "[3/14/24, 8:53:00 PM] Ana: why?\n");

        Assert.Equal([MessageKind.System, MessageKind.System, MessageKind.Text, MessageKind.Text], run.Messages.Select(m => m.Kind));
        Assert.Equal([null, null, "Ana", "Ana"], run.Messages.Select(m => m.Sender));
    }
}
