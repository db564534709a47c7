using System.Globalization;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing;

namespace TranscriptLens.Tests.Analysis;

/// <summary>
/// A tiny test format so the analyze command can be tested end to end before the real parsers are
/// merged: a first line <c>#lines</c>, then <c>yyyy-MM-ddTHH:mm:ss|sender|text[|conversation]</c>.
/// Sender <c>-</c> is a system line; text <c>&lt;media&gt;</c> a media message, <c>&lt;deleted&gt;</c>
/// a deleted one.
/// </summary>
internal sealed class LineChatParser : IChatParser, IFormatSniffer
{
    public const string Header = "#lines";

    public string Name => "lines";

    public string Description => "test format: one message per line";

    public string Format => Name;

    public int Score(FormatProbe probe) => probe.HeadText.StartsWith(Header, StringComparison.Ordinal) ? 100 : 0;

    public IEnumerable<Message> Parse(ChatInput input, ParseOptions options, DiagnosticBag diagnostics)
    {
        using var reader = new StreamReader(input.Open());
        if (reader.ReadLine() != Header)
        {
            throw new InputFormatException(input.Name, "not a lines chat", 1);
        }

        var number = 1;
        var index = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var fields = line.Split('|');
            if (fields.Length < 3 || !DateTime.TryParseExact(fields[0], "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                diagnostics.Warn(input.Name, number, "not a message line", line);
                continue;
            }

            var kind = fields[1] == "-" ? MessageKind.System : fields[2] switch
            {
                "<media>" => MessageKind.Media,
                "<deleted>" => MessageKind.Deleted,
                _ => MessageKind.Text,
            };
            var text = kind == MessageKind.Text || kind == MessageKind.System ? fields[2] : string.Empty;
            var sender = kind == MessageKind.System ? null : fields[1];
            yield return new Message(index++, ChatTime.Naive(time), sender, text, kind)
            {
                Line = number,
                Chat = fields.Length > 3 ? fields[3] : null,
            };
        }
    }
}
