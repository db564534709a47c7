using TranscriptLens.Core.Formats;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing.Csv;

/// <summary>What <c>parse --out x.csv</c> writes reads back through the CSV parser as the same messages.</summary>
public sealed class CsvRoundTripTests
{
    public static TheoryData<string, string> Sources => new()
    {
        { "telegram", "telegram/single-chat.json" },
        { "telegram", "telegram/full-export.json" },
        { "sms", "sms/backup.xml" },
        { "csv", "csv/semicolon-split-date.csv" },
        { "telegram", "../samples/telegram-result.json" },
        { "sms", "../samples/sms-backup.xml" },
        { "csv", "../samples/chat.csv" },
        { "whatsapp", "whatsapp/android-en-gb-24h.txt" },
        { "whatsapp", "whatsapp/ios-en-us-12h.txt" },
        { "whatsapp", "whatsapp/system-ios.txt" },
        { "whatsapp", "../samples/whatsapp-android-en-us-12h.txt" },
        { "whatsapp", "../samples/whatsapp-ios-de-24h.zip" },
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Csv_written_by_parse_reads_back_as_the_same_messages(string format, string fixture)
    {
        var path = fixture.StartsWith("../samples/", StringComparison.Ordinal)
            ? RepoPaths.Sample(fixture["../samples/".Length..])
            : RepoPaths.Fixture(fixture.Split('/'));
        // The parser `parse` picks: the shipped registry's detection, not a hand-picked one.
        var parser = ChatFormats.Registry.Detect(ChatInput.FromFile(path));
        var original = ParsedChat.Read(parser, ChatInput.FromFile(path)).Messages;
        var csv = Path.Combine(RepoPaths.TempDirectory(), "out.csv");

        var run = await CliRun.RunAsync("parse", path, "--out", csv);
        var readBack = ParsedChat.Read(ChatFormats.Registry.Detect(ChatInput.FromFile(csv)), ChatInput.FromFile(csv)).Messages;

        // Line is where each message starts in the file being read (the CSV row, not the source),
        // and the CSV keeps whole seconds (SMS dates carry milliseconds).
        Assert.Equal(format, parser.Name);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(original.Select(Comparable), readBack.Select(Comparable));
    }

    private static Message Comparable(Message message)
    {
        var clock = message.Timestamp.Clock;
        var seconds = new DateTime(clock.Ticks - (clock.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Unspecified);
        return message with { Line = null, Timestamp = message.Timestamp with { Clock = seconds } };
    }
}
