using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing.WhatsApp;
using TranscriptLens.Core.Synthetic;

namespace TranscriptLens.Tests.Synthetic;

public sealed class ChatHistoryGeneratorTests
{
    private static readonly string[] Names = ["Maya", "Sam"];

    [Fact]
    public void Same_seed_gives_the_same_export_bytes()
    {
        static string Export(int seed)
        {
            var writer = new StringWriter();
            WhatsAppExportWriter.Write(new ChatHistoryGenerator(seed, Names).Generate(2_000), writer);
            return writer.ToString();
        }

        Assert.Equal(Export(7), Export(7));
        Assert.NotEqual(Export(7), Export(8));
    }

    [Fact]
    public void Generates_the_requested_count_in_time_order_with_a_realistic_mix()
    {
        var messages = new ChatHistoryGenerator(1, Names).Generate(20_000).ToList();

        Assert.Equal(20_000, messages.Count);
        Assert.True(messages.Zip(messages.Skip(1)).All(p => p.First.Timestamp.Ticks <= p.Second.Timestamp.Ticks));
        Assert.InRange(messages.Count(m => m.Kind == MessageKind.Media) / 20_000.0, 0.02, 0.08);
        Assert.Contains(messages, m => m.Text.Contains('\n', StringComparison.Ordinal));
        Assert.InRange(messages.Count(m => m.Text.Length <= 6) / 20_000.0, 0.10, 0.50);

        // Sessions: gaps of more than 4 hours exist, and the first participant opens most of them.
        var openers = messages.Zip(messages.Skip(1))
            .Where(p => p.Second.Timestamp.SecondsSince(p.First.Timestamp) > 4 * 3600)
            .Select(p => p.Second.Sender)
            .ToList();
        Assert.True(openers.Count > 100);
        Assert.True(openers.Count(s => s == "Maya") > openers.Count / 2);
    }
}
