using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing;

/// <summary>
/// The read stage after the format is known: parses, converts instants to the requested zone, and
/// delivers messages in time order. Lazy: nothing is read until the result is enumerated. The
/// pipeline (<c>Pipeline.TranscriptAnalysis</c>) decides the format and the threads around it.
/// </summary>
public static class TranscriptReader
{
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
