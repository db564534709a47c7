using System.Text;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing.WhatsApp;

/// <summary>
/// Golden files in Fixtures/whatsapp: several locale renderings of one invented chat share one
/// expected file, because the normalised messages must not depend on the phone's language or clock.
/// </summary>
public sealed class WhatsAppGoldenTests
{
    [Theory]
    [InlineData("android-en-gb-24h.txt")]
    [InlineData("android-en-gb-24h-crlf.txt")]
    [InlineData("android-en-gb-24h-utf16.txt")]
    [InlineData("android-en-us-12h.txt")]
    [InlineData("android-de-24h.txt")]
    [InlineData("android-es-12h.txt")]
    public void Android_exports_in_every_locale_give_the_same_messages(string fixture)
    {
        var run = WhatsAppRun.OfFile(RepoPaths.Fixture("whatsapp", fixture));

        GoldenFile.AssertJson(run.Json(), "whatsapp/android.expected.json");
        Assert.Empty(run.Warnings);
    }

    [Theory]
    [InlineData("ios-en-us-12h.txt")]
    [InlineData("ios-en-gb-lrm.txt")]
    [InlineData("ios-iso-bracketed.txt")]
    [InlineData("ios-de-24h.zip")]
    public void Ios_exports_in_every_locale_give_the_same_messages(string fixture)
    {
        var run = WhatsAppRun.OfFile(RepoPaths.Fixture("whatsapp", fixture));

        GoldenFile.AssertJson(run.Json(), "whatsapp/ios.expected.json");
        Assert.Empty(run.Warnings);
    }

    [Theory]
    [InlineData("android-fi-klo.txt", "whatsapp/fi.expected.json")]
    [InlineData("system-android.txt", "whatsapp/system-android.expected.json")]
    [InlineData("system-ios.txt", "whatsapp/system-ios.expected.json")]
    [InlineData("junk-before-header.txt", "whatsapp/junk-before-header.expected.json")]
    public void Fixture_matches_its_expected_messages(string fixture, string expected)
    {
        var run = WhatsAppRun.OfFile(RepoPaths.Fixture("whatsapp", fixture));

        GoldenFile.AssertJson(run.Json(), expected);
    }

    [Fact]
    public void Sorts_the_out_of_order_line_and_keeps_its_source_line()
    {
        var run = WhatsAppRun.OfFile(RepoPaths.Fixture("whatsapp", "android-en-gb-24h.txt"));

        // Line 6 (21:04) was written after the 21:05 message of lines 3-5.
        Assert.Equal([1, 2, 6, 3, 7, 8, 9, 10, 12], run.Messages.Select(m => m.Line!.Value));
        Assert.Equal(Enumerable.Range(0, 9), run.Messages.Select(m => m.Index));
        Assert.Contains(run.Diagnostics.Items, d => d.Message.Contains("out of time order", StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_a_multiline_message_with_its_empty_line()
    {
        var run = WhatsAppRun.OfFile(RepoPaths.Fixture("whatsapp", "android-en-us-12h.txt"));

        Assert.Contains(run.Messages, m => m.Text == "can I tell you something first?\n\nit's been a weird week");
    }

    [Theory]
    [InlineData("\n", "utf-8")]
    [InlineData("\r", "utf-8")]
    [InlineData("\r\n", "utf-8-bom")]
    [InlineData("\n", "utf-16BE")]
    [InlineData("\r\n", "utf-16")]
    public void Line_endings_and_encodings_do_not_change_the_messages(string newline, string encoding)
    {
        var source = File.ReadAllText(RepoPaths.Fixture("whatsapp", "android-en-gb-24h.txt")).Replace("\n", newline, StringComparison.Ordinal);
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(source),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(source)],
            "utf-16BE" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(source)],
            _ => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(source)],
        };

        var run = WhatsAppRun.Of(Core.Parsing.ChatInput.FromBytes("chat.txt", bytes));

        GoldenFile.AssertJson(run.Json(), "whatsapp/android.expected.json");
    }

    [Fact]
    public void Reports_each_junk_line_before_the_first_header_with_its_line_number()
    {
        var run = WhatsAppRun.OfFile(RepoPaths.Fixture("whatsapp", "junk-before-header.txt"));

        var junk = run.Diagnostics.Items.Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();
        Assert.Equal([1, 2], junk.Select(d => d.Line!.Value));
        Assert.Equal("Exported from my old phone, see below", junk[0].Raw);
        Assert.Equal(2, run.Messages.Count);
    }

    [Fact]
    public void States_the_date_order_decision_and_its_evidence()
    {
        var run = WhatsAppRun.OfFile(RepoPaths.Fixture("whatsapp", "android-en-us-12h.txt"));

        var note = Assert.Single(run.Diagnostics.Items, d => d.Severity == DiagnosticSeverity.Info && d.Message.Contains("dates are", StringComparison.Ordinal));
        Assert.Contains("month/day/year", note.Message, StringComparison.Ordinal);
        Assert.Contains("14 on line 1", note.Message, StringComparison.Ordinal);
        Assert.Contains("12-hour clock", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_zip_entries_in_diagnostics()
    {
        var run = WhatsAppRun.OfFile(RepoPaths.Fixture("whatsapp", "ios-de-24h.zip"));

        Assert.All(run.Diagnostics.Items.Where(d => d.Message.StartsWith("WhatsApp export", StringComparison.Ordinal)),
            d => Assert.EndsWith("ios-de-24h.zip!_chat.txt", d.Source, StringComparison.Ordinal));
        Assert.Contains(run.Messages, m => m.Kind == MessageKind.Media && m.Attachment == "00000009-AUDIO-2024-03-14-21-06-40.opus");
    }
}
