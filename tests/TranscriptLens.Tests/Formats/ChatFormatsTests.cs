using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Formats;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing;

namespace TranscriptLens.Tests.Formats;

public sealed class ChatFormatsTests
{
    [Fact]
    public void Every_format_in_core_is_in_the_one_list()
    {
        // A new format folder whose class is not added to ChatFormats.All would be invisible to
        // detection, --format, generate and the benchmarks: this fails instead.
        var declared = typeof(IChatFormat).Assembly.GetTypes()
            .Where(t => typeof(IChatFormat).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(declared, ChatFormats.All.Select(f => f.GetType().Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_format_is_one_unit_under_one_name()
    {
        Assert.Equal(["csv", "discord", "messenger", "sms", "telegram", "whatsapp"], ChatFormats.Names);
        Assert.All(ChatFormats.All, f =>
        {
            Assert.Equal(f.Name, f.Parser.Name);
            Assert.Equal(f.Name, f.Sniffer.Format);
            Assert.Same(f.Parser, ChatFormats.Registry.Get(f.Name));
        });
        Assert.Equal(ChatFormats.Names, ChatFormats.Registry.Parsers.Select(p => p.Name));
    }

    [Fact]
    public void An_unknown_name_lists_the_formats()
    {
        var error = Assert.Throws<UsageException>(() => ChatFormats.Get("fax"));

        Assert.Equal("unknown format 'fax'; supported formats: csv, discord, messenger, sms, telegram, whatsapp", error.Message);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_format_reads_back_what_it_writes(string name)
    {
        // Three messages, one minute apart, by the two people the writers know about.
        var start = new DateTime(2024, 3, 14, 21, 5, 0, DateTimeKind.Unspecified);
        Message Text(int i, string sender, string text) => new(i, ChatTime.Naive(start.AddMinutes(i)), sender, text, MessageKind.Text);
        Message[] history = [Text(0, "Maya", "are you free on friday?"), Text(1, "Sam", "yes, after 6"), Text(2, "Maya", "great, see you then")];
        var format = ChatFormats.Get(name);
        using var stream = new MemoryStream();

        format.WriteSynthetic(history, ["Maya", "Sam"], stream);
        var input = ChatInput.FromBytes("export." + format.Extension, stream.ToArray());
        var detected = ChatFormats.Registry.Detect(input);
        var read = TranscriptReader.Read(input, detected, ParseOptions.Default with { Me = "Maya" }, new DiagnosticBag())
            .Where(m => m.Kind != MessageKind.System)
            .ToList();

        Assert.Same(format.Parser, detected);
        Assert.Equal(["Maya", "Sam", "Maya"], read.Select(m => m.Sender));
        Assert.Equal(history.Select(m => m.Text), read.Select(m => m.Text));
        Assert.Equal(history.Select(m => m.Timestamp.Clock), read.Select(m => m.Timestamp.Clock));
    }

    public static TheoryData<string> Names() => [.. ChatFormats.Names];
}
