using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.Csv;

/// <summary>
/// Generic CSV (docs/formats.md#csv), including what <c>transcriptlens parse --out x.csv</c> writes: a header
/// row naming the timestamp, sender and text columns (case-insensitive, with aliases:
/// <see cref="CsvColumnAliases"/>) and optionally kind, attachment, chat/conversation, thread and
/// edited. The delimiter (<c>,</c> <c>;</c> TAB) is taken from the header row; the encoding from
/// the BOM (<see cref="CsvEncoding"/>). Timestamps: <see cref="CsvTimestamp"/>.
/// <see cref="Message.Line"/> is the line a row starts on. <see cref="ParseOptions.Chat"/> and
/// <see cref="ParseOptions.Thread"/> keep one conversation (<see cref="CsvConversationFilter"/>).
/// </summary>
public sealed class CsvChatParser : IChatParser
{
    /// <inheritdoc />
    public string Name => "csv";

    /// <inheritdoc />
    public string Description => "Generic CSV with a header row (timestamp, sender, text; optional kind, attachment, chat, thread)";

    /// <inheritdoc />
    public IEnumerable<Message> Parse(ChatInput input, ParseOptions options, DiagnosticBag diagnostics)
    {
        var (encoding, fallback) = CsvEncoding.Detect(input);
        if (fallback)
        {
            diagnostics.Info(input.Name, null, "the file is not valid UTF-8; read as Windows-1252");
        }

        var header = CsvEncoding.FirstLine(input, encoding);

        if (string.IsNullOrWhiteSpace(header))
        {
            var what = header is null ? "the file is empty" : "the first line is empty";
            throw new InputFormatException(input.Name, $"{what}; expected a header row naming {CsvColumnAliases.Expected}", header is null ? null : 1);
        }

        using var text = CsvEncoding.Open(input, encoding);
        var filter = new CsvConversationFilter(input.Name, options);
        foreach (var message in new CsvMessageReader(input.Name, diagnostics).Read(text, CsvDelimiter.Detect(header)))
        {
            if (filter.Keeps(message))
            {
                yield return message;
            }
        }

        filter.Finish();
    }
}
