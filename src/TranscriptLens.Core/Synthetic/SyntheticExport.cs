using System.Text;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Output;

namespace TranscriptLens.Core.Synthetic;

/// <summary>
/// A generated history written as one of the supported export formats, for the hidden
/// <c>generate</c> command and the benchmarks: the same history in every format, so the parsers are
/// compared on equal content.
/// </summary>
public static class SyntheticExport
{
    /// <summary>The formats a history can be written as.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["whatsapp", "csv", "sms", "telegram"];

    /// <summary>The file extension of <paramref name="format"/>'s exports.</summary>
    public static string Extension(string format) => format switch
    {
        "whatsapp" => "txt",
        "csv" => "csv",
        "sms" => "xml",
        "telegram" => "json",
        _ => throw Unknown(format),
    };

    /// <summary>
    /// Writes <paramref name="history"/> to <paramref name="output"/> (UTF-8) as <paramref name="format"/>.
    /// The first of <paramref name="people"/> owns the phone of an SMS backup; the last exported a Telegram chat.
    /// </summary>
    public static void Write(string format, IEnumerable<Message> history, IReadOnlyList<string> people, Stream output)
    {
        switch (format)
        {
            case "sms":
                SmsBackupWriter.Write(history, people[0], output);
                return;
            case "telegram":
                TelegramExportWriter.Write(history, people[^1], output);
                return;
            case "whatsapp" or "csv":
                break;
            default:
                throw Unknown(format);
        }

        using var text = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        if (format == "whatsapp")
        {
            WhatsAppExportWriter.Write(history, text);
            return;
        }

        using var csv = new MessageCsvWriter(text);
        foreach (var message in history)
        {
            csv.Write(message);
        }
    }

    private static ArgumentOutOfRangeException Unknown(string format) =>
        new(nameof(format), format, $"expected {string.Join(", ", Formats)}");
}
