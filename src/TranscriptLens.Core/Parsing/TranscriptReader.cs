using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing;

/// <summary>
/// The ingestion stage: detects (or takes) the format, parses, converts instants to the requested
/// zone, keeps the selected chat/thread, and delivers messages in time order. Lazy: nothing is read
/// until the result is enumerated.
/// </summary>
public sealed class TranscriptReader(ParserRegistry registry)
{
    /// <summary>Reads <paramref name="input"/> as <paramref name="format"/> (or the detected format).</summary>
    public IEnumerable<Message> Read(ChatInput input, string? format, ParseOptions options, DiagnosticBag diagnostics)
    {
        var parser = format is null ? registry.Detect(input) : registry.Get(format);
        return Read(input, parser, options, diagnostics);
    }

    /// <summary>Reads <paramref name="input"/> with <paramref name="parser"/>.</summary>
    public static IEnumerable<Message> Read(ChatInput input, IChatParser parser, ParseOptions options, DiagnosticBag diagnostics)
    {
        var messages = parser.Parse(input, options, diagnostics);
        if (options.TimeZone is { } zone)
        {
            messages = messages.Select(m => m with { Timestamp = m.Timestamp.ToZone(zone) });
        }

        return MessageOrdering.Order(messages, input.Name, diagnostics);
    }
}
