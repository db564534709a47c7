using System.Globalization;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>Counts for the parse report (docs/formats.md#parse-report): kinds, and the first and last time in file order.</summary>
internal sealed class MessageStatistics
{
    private readonly int[] _kinds = new int[Enum.GetValues<MessageKind>().Length];
    private int _edited;
    private ChatTime? _first;
    private ChatTime _last;

    /// <summary>Counts one message.</summary>
    public void Add(Message message)
    {
        _kinds[(int)message.Kind]++;
        _edited += message.Edited ? 1 : 0;
        _first ??= message.Timestamp;
        _last = message.Timestamp;
    }

    /// <summary>One line: <c>N lines, M messages (…); first … last …</c>.</summary>
    /// <param name="lines">Lines read.</param>
    /// <param name="capped">The export may be cut at its old end (Android keeps about 40,000 lines: chat-miner #66, #92).</param>
    public string Describe(int lines, bool capped)
    {
        var total = _kinds.Sum();
        var cut = capped ? "; Android exports may be cut at the old end" : string.Empty;
        var span = _first is { } first ? $"; first {first}, last {_last} (in file order{cut})" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"read {lines} line(s): {total} message(s): {_kinds[(int)MessageKind.Text]} text, {_kinds[(int)MessageKind.Media]} media, "
            + $"{_kinds[(int)MessageKind.Deleted]} deleted, {_kinds[(int)MessageKind.System]} system, {_edited} edited{span}");
    }
}
