using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Parsing.Csv;
using TranscriptLens.Core.Parsing.Discord;
using TranscriptLens.Core.Parsing.Messenger;
using TranscriptLens.Core.Parsing.Sms;
using TranscriptLens.Core.Parsing.Telegram;
using TranscriptLens.Core.Parsing.WhatsApp;

namespace TranscriptLens.Core.Formats;

/// <summary>
/// The one list of the formats TranscriptLens reads. The CLI (detection, <c>--format</c>,
/// <c>formats</c>, <c>generate</c>), the pipeline, the benchmarks and the tests all take their
/// formats from here, so a test can never pass on a list the shipped program does not have. Adding a
/// format is one folder under <c>Parsing/</c> (an <see cref="IChatFormat"/>) and one line here.
/// </summary>
public static class ChatFormats
{
    /// <summary>
    /// Every shipped format. The order matters only when two sniffers give an input the same score:
    /// the earlier format wins (the structured formats before the line-based ones).
    /// </summary>
    public static IReadOnlyList<IChatFormat> All { get; } =
        [new SmsBackupFormat(), new TelegramFormat(), new DiscordFormat(), new MessengerFormat(), new CsvFormat(), new WhatsAppFormat()];

    /// <summary>The names of <see cref="All"/>, in alphabetical order (for help and error messages).</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(f => f.Name).Order(StringComparer.Ordinal)];

    /// <summary>Detection and lookup by name over <see cref="All"/>.</summary>
    public static ParserRegistry Registry { get; } = new(All);

    /// <summary>The format named <paramref name="name"/> (case-insensitive), or a usage error listing the names.</summary>
    public static IChatFormat Get(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new UsageException($"unknown format '{name}'; supported formats: {string.Join(", ", Names)}");
}
