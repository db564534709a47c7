using System.Text;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.Discord;

/// <summary>
/// DiscordChatExporter export of one channel or DM (docs/formats.md#discord): JSON, read as a stream
/// through <see cref="JsonStreamCursor"/> with one message at a time as a
/// <see cref="System.Text.Json.JsonDocument"/> (<see cref="DiscordExportWalker"/>,
/// <see cref="DiscordMessageMapper"/>), or CSV (<see cref="DiscordCsvReader"/>), told apart by the
/// first character and the header row.
/// </summary>
/// <remarks>
/// One export is one channel, so <see cref="Message.Chat"/> stays null as for a Telegram
/// single-chat export. Discord has no "me": senders stay as exported and <c>--me</c> changes
/// nothing. Invalid or truncated JSON is an <see cref="InputFormatException"/> naming the byte.
/// </remarks>
public sealed class DiscordParser : IChatParser
{
    /// <inheritdoc />
    public string Name => "discord";

    /// <inheritdoc />
    public string Description => "DiscordChatExporter JSON or CSV export of one channel or DM";

    /// <inheritdoc />
    public IEnumerable<Message> Parse(ChatInput input, ParseOptions options, DiagnosticBag diagnostics)
    {
        var probe = input.Probe;
        if (probe.Head.Length == 0)
        {
            throw new InputFormatException(input.Name, "the file is empty; expected a DiscordChatExporter JSON or CSV export");
        }

        if (DiscordSniffer.IsCsv(probe.HeadText))
        {
            return ReadCsv(input, diagnostics);
        }

        var head = probe.HeadText.AsSpan().TrimStart();
        if (head.IsEmpty || head[0] != '{')
        {
            throw new InputFormatException(input.Name,
                $"not a DiscordChatExporter export: neither a JSON object nor a CSV with the header {DiscordSniffer.CsvHeader}", 1);
        }

        return ReadJson(input, diagnostics);
    }

    private static IEnumerable<Message> ReadJson(ChatInput input, DiagnosticBag diagnostics)
    {
        using var stream = input.Open();
        var walker = new DiscordExportWalker(new JsonStreamCursor(stream, input.Name), input.Name);
        var mapper = new DiscordMessageMapper(input.Name, diagnostics);
        foreach (var entry in walker.Walk())
        {
            if (mapper.Map(entry.Element, entry.Line) is { } message)
            {
                yield return message;
            }
        }

        diagnostics.Info(input.Name, null,
            $"DiscordChatExporter JSON: channel '{walker.Channel ?? "?"}' ({walker.ChannelType ?? "unknown type"}) in '{walker.Guild ?? "?"}'");
        if (walker.DeclaredCount is { } declared && declared != walker.Elements)
        {
            diagnostics.Info(input.Name, null,
                $"messageCount says {declared} but the messages array holds {walker.Elements}; read the array");
        }

        if (walker.Scalars > 0)
        {
            diagnostics.Warn(input.Name, null, $"{walker.Scalars} element(s) of the messages array were not objects; skipped",
                kind: DiagnosticKind.Skipped, occurrences: walker.Scalars);
        }

        mapper.Report();
    }

    private static IEnumerable<Message> ReadCsv(ChatInput input, DiagnosticBag diagnostics)
    {
        diagnostics.Info(input.Name, null,
            "DiscordChatExporter CSV: no message types, so system notifications read as text by their author; reactions ignored");
        using var text = new StreamReader(input.Open(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        foreach (var message in new DiscordCsvReader(input.Name, diagnostics).Read(text))
        {
            yield return message;
        }
    }
}
