using TranscriptLens.Core.Diagnostics;

namespace TranscriptLens.Core.Parsing;

/// <summary>Every parser and sniffer, by name; picks the format of an input when none is forced.</summary>
public sealed class ParserRegistry(IEnumerable<IChatParser> parsers, IEnumerable<IFormatSniffer> sniffers)
{
    /// <summary>The parsers and sniffers of <paramref name="formats"/>.</summary>
    public ParserRegistry(IEnumerable<IChatFormat> formats)
        : this(formats.Select(f => f.Parser).ToArray(), formats.Select(f => f.Sniffer).ToArray())
    {
    }

    private readonly IReadOnlyList<IChatParser> _parsers = parsers.OrderBy(p => p.Name, StringComparer.Ordinal).ToArray();
    private readonly IReadOnlyList<IFormatSniffer> _sniffers = sniffers.ToArray();

    /// <summary>All parsers, by name.</summary>
    public IReadOnlyList<IChatParser> Parsers => _parsers;

    /// <summary>The parser named <paramref name="name"/> (case-insensitive), or a usage error listing the names.</summary>
    public IChatParser Get(string name) =>
        _parsers.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new UsageException($"unknown format '{name}'; supported formats: {Names()}");

    /// <summary>Detects the format of <paramref name="input"/> from its first bytes.</summary>
    public IChatParser Detect(ChatInput input)
    {
        var probe = input.Probe;
        if (probe.Head.Length == 0)
        {
            throw new InputFormatException(input.Name, "the file is empty; expected a chat export");
        }

        var best = _sniffers
            .Select(s => (Sniffer: s, Score: s.Score(probe)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .FirstOrDefault();
        if (best.Sniffer is null)
        {
            var what = probe.IsZip ? "a zip archive with no chat export inside" : "no supported chat export";
            throw new InputFormatException(input.Name, $"{what}; supported formats: {Names()} (use --format to force one)");
        }

        return Get(best.Sniffer.Format);
    }

    private string Names() => string.Join(", ", _parsers.Select(p => p.Name));
}
