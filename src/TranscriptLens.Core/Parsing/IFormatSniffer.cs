namespace TranscriptLens.Core.Parsing;

/// <summary>Decides from a file's first bytes (and a zip's entry names) whether it is one format.</summary>
public interface IFormatSniffer
{
    /// <summary>The <see cref="IChatParser.Name"/> this sniffer recognises.</summary>
    string Format { get; }

    /// <summary>0 when the probe is certainly not this format; higher is more confident (100 = certain).</summary>
    int Score(FormatProbe probe);
}
