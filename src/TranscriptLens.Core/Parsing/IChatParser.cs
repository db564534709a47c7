using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing;

/// <summary>
/// Reads one export format into normalised messages. Implementations stream: they yield messages as
/// they read, in the order of the source, with <see cref="Message.Index"/> set to the source
/// position; <see cref="MessageOrdering"/> then sorts them stably and numbers them. Lines that
/// cannot be read go to <paramref name="diagnostics"/>; input that is not this format at all throws
/// <see cref="InputFormatException"/>.
/// </summary>
public interface IChatParser
{
    /// <summary>The format's name as used by <c>--format</c> (lowercase, e.g. <c>whatsapp</c>).</summary>
    string Name { get; }

    /// <summary>One line for <c>transcriptlens formats</c>.</summary>
    string Description { get; }

    /// <summary>Parses the input lazily.</summary>
    IEnumerable<Message> Parse(ChatInput input, ParseOptions options, DiagnosticBag diagnostics);
}
