using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// WhatsApp chat exports (docs/formats.md#whatsapp): Android <c>.txt</c> and iOS <c>.zip</c> with <c>_chat.txt</c>, any
/// locale, 12- or 24-hour clock. Reads the input twice: a first pass over the headers decides the
/// file's day/month order (never per line), the second streams messages. Timestamps are naive local
/// time (the exporting phone's wall clock); <see cref="Message.Index"/> is the position in the file.
/// </summary>
public sealed class WhatsAppParser : IChatParser
{
    private readonly DateOrder _fallback;

    /// <summary>A parser that assumes day-first dates when a file does not decide.</summary>
    public WhatsAppParser()
        : this(DateOrder.DayFirst)
    {
    }

    /// <summary>A parser with another fallback order for undecidable files (whatsapp-chat-parser's <c>daysFirst</c>).</summary>
    internal WhatsAppParser(DateOrder fallback) => _fallback = fallback;

    /// <inheritdoc />
    public string Name => "whatsapp";

    /// <inheritdoc />
    public string Description => "WhatsApp chat export: Android .txt or iOS .zip (_chat.txt), any locale, 12/24-hour clock";

    /// <inheritdoc />
    public IEnumerable<Message> Parse(ChatInput input, ParseOptions options, DiagnosticBag diagnostics)
    {
        var source = WhatsAppSource.Resolve(input);
        var profile = Survey(source);

        diagnostics.Info(source.Name, null, profile.Describe());
        if (profile.Dates.Assumed)
        {
            diagnostics.Warn(source.Name, null,
                $"the day/month order cannot be told from this file's dates; assumed {(_fallback == DateOrder.DayFirst ? "day first (14/03)" : "month first (03/14)")}", kind: DiagnosticKind.Assumption);
        }

        return ReadMessages(source, profile, diagnostics);
    }

    private ExportProfile Survey(WhatsAppSource source)
    {
        try
        {
            return ExportSurvey.Run(source, _fallback);
        }
        catch (InvalidDataException e)
        {
            throw new InputFormatException(source.Name, $"the archive could not be read: {e.Message}");
        }
    }

    private static IEnumerable<Message> ReadMessages(WhatsAppSource source, ExportProfile profile, DiagnosticBag diagnostics)
    {
        using var text = source.OpenText();
        var reader = new WhatsAppMessageReader(text, source.Name, profile, diagnostics);
        while (reader.TryRead(out var message))
        {
            yield return message;
        }
    }
}
