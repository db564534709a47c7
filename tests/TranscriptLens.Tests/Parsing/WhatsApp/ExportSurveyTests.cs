using System.Text;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Parsing.WhatsApp;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing.WhatsApp;

/// <summary>A survey in two parallel halves decides exactly what one pass over the whole file decides.</summary>
public sealed class ExportSurveyTests
{
    public static TheoryData<string> Fixtures =>
    [
        "android-de-24h.txt",
        "android-en-gb-24h-crlf.txt",
        "android-en-gb-24h.txt",
        "android-en-us-12h.txt",
        "android-es-12h.txt",
        "android-fi-klo.txt",
        "ios-en-gb-lrm.txt",
        "ios-en-us-12h.txt",
        "ios-iso-bracketed.txt",
        "junk-before-header.txt",
        "system-android.txt",
        "system-ios.txt",
    ];

    private static string Describe(ExportProfile profile) =>
        $"{profile.Describe()} | {profile.Dates} | {string.Join(",", profile.SystemAuthors.Order(StringComparer.Ordinal))}";

    // Every line start, on purpose: the surveys themselves are cheap (about 0.5 s for all fixtures).
    // The 7-14 s this test used to take were the runtime compiling SystemPhrases' event table, then
    // one generated regex of every language at once; `parse` of the iOS sample paid it too (6 s).
    // One regex per language fixed both, so no split point had to be given up.
    private static void AssertEverySplitAgrees(byte[] bytes)
    {
        var source = WhatsAppSource.Resolve(ChatInput.FromBytes("chat.txt", bytes));
        var whole = Describe(ExportSurvey.RunSplitAt(source, null, DateOrder.DayFirst));
        for (var split = 1; split < bytes.Length; split++)
        {
            if (bytes[split - 1] is (byte)'\n' or (byte)'\r' && !(bytes[split - 1] == '\r' && bytes[split] == '\n'))
            {
                Assert.Equal(whole, Describe(ExportSurvey.RunSplitAt(source, split, DateOrder.DayFirst)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Halves_split_at_any_line_decide_like_one_pass(string fixture)
    {
        AssertEverySplitAgrees(File.ReadAllBytes(RepoPaths.Fixture("whatsapp", fixture)));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Halves_join_decreases_changes_and_examples_across_the_split(string newline)
    {
        // 6/3 -> 8/5 -> 9/4 -> 9/4: the second field decreases once, between any two halves.
        string[] lines = ["6/3/17, 10:00 - A: x", "continued", "8/5/17, 10:01 - B: y", "9/4/17, 10:02 - A: z", "9/4/17, 10:03 - B: w"];
        AssertEverySplitAgrees(Encoding.UTF8.GetBytes(string.Join(newline, lines) + newline));
    }

    [Fact]
    public void Halves_keep_the_earliest_example_with_its_line_number()
    {
        var text = "1/2/24, 10:00 - A: x\n1/2/24, 10:00 - A: x\n30/12/24, 10:00 - B: y\n31/12/24, 10:00 - B: y\n";
        var bytes = Encoding.UTF8.GetBytes(text);
        var source = WhatsAppSource.Resolve(ChatInput.FromBytes("chat.txt", bytes));

        var profile = ExportSurvey.RunSplitAt(source, text.IndexOf("30/", StringComparison.Ordinal), DateOrder.DayFirst);

        Assert.Contains("30 on line 3", profile.Dates.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Halves_join_system_authors_seen_in_either_half()
    {
        // The group name files the banner (proof) in one half and an event in the other.
        var text = "[14/03/2024, 21:00:00] Trip: \u200EMessages and calls are end-to-end encrypted.\n"
            + "[14/03/2024, 21:01:00] Ana: hi\n[14/03/2024, 21:02:00] Trip: \u200EAna added Bo\n[14/03/2024, 21:03:00] Bo: hey\n";
        AssertEverySplitAgrees(Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void A_first_half_without_any_header_falls_back_to_one_pass()
    {
        var text = "exported by a tool\n14/03/2024, 21:05 - Ana: hi\n";
        var source = WhatsAppSource.Resolve(ChatInput.FromText("chat.txt", text));

        var profile = ExportSurvey.RunSplitAt(source, "exported by a tool\n".Length, DateOrder.DayFirst);

        Assert.Equal(1, profile.Headers);
    }

    [Fact]
    public void A_first_half_of_junk_is_still_an_input_error()
    {
        var junk = string.Concat(Enumerable.Repeat("not a chat\n", ExportSurvey.MaxLinesBeforeHeader + 10));
        var text = junk + "14/03/2024, 21:05 - Ana: hi\n";
        var source = WhatsAppSource.Resolve(ChatInput.FromText("chat.txt", text));

        Assert.Throws<InputFormatException>(() => ExportSurvey.RunSplitAt(source, junk.Length, DateOrder.DayFirst));
    }

    [Fact]
    public void The_split_is_the_start_of_a_line_near_the_middle()
    {
        var source = WhatsAppSource.Resolve(ChatInput.FromText("chat.txt", "ab\r\ncd\re\n"));

        Assert.Equal(4, source.LineStartAfter(1));
        Assert.Equal(4, source.LineStartAfter(3));
        Assert.Equal(7, source.LineStartAfter(4));
        Assert.Null(source.LineStartAfter(7));
    }

    [Fact]
    public void Utf16_text_is_not_split()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("14/03/2024, 21:05 - Ana: hi\n")).ToArray();

        Assert.Null(WhatsAppSource.Resolve(ChatInput.FromBytes("chat.txt", bytes)).SplittableLength());
    }

    [Fact]
    public void A_first_half_that_finishes_early_does_not_cut_the_second_half_short()
    {
        // Regression: the second half was cancelled whenever the first half finished, so a short
        // first half lost headers of the second (the profile said 844,608 of 1,000,001 headers).
        var first = "14/03/2024, 21:05 - Ana: hi\n";
        var text = first + string.Concat(Enumerable.Repeat("15/03/2024, 21:05 - Bo: hey\n", 300_000));
        var source = WhatsAppSource.Resolve(ChatInput.FromText("chat.txt", text));

        var profile = ExportSurvey.RunSplitAt(source, first.Length, DateOrder.DayFirst);

        Assert.Equal(300_001, profile.Headers);
    }
}
