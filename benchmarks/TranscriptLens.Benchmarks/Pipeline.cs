using TranscriptLens.Classification.Tagging;
using TranscriptLens.Core.Analysis;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Parsing.Csv;
using TranscriptLens.Core.Parsing.Sms;
using TranscriptLens.Core.Parsing.Telegram;
using TranscriptLens.Core.Parsing.WhatsApp;
using TranscriptLens.Core.Reports;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Benchmarks;

/// <summary>The stages as the CLI composes them, for the benchmarks to time one at a time or together.</summary>
internal static class Pipeline
{
    /// <summary>How <c>analyze</c> is configured by default.</summary>
    public static AnalysisSettings Settings { get; } = new();

    /// <summary>The parser for a format name.</summary>
    public static IChatParser Parser(string format) => format switch
    {
        "whatsapp" => new WhatsAppParser(),
        "csv" => new CsvChatParser(),
        "sms" => new SmsBackupParser(),
        "telegram" => new TelegramParser(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The ingestion stage: parse, order, number (lazy).</summary>
    public static IEnumerable<Message> Read(string format, string path) =>
        TranscriptReader.Read(ChatInput.FromFile(path), Parser(format), ParseOptions.Default with { Me = HistoryFiles.People[0] }, new DiagnosticBag());

    /// <summary>The shipped models, loaded as <c>analyze</c> loads them.</summary>
    public static IMessageTagger Tagger() => new MlTaggerProvider().Load(null);

    /// <summary>Enumerates <paramref name="items"/> to the end and counts them.</summary>
    public static int Drain<T>(IEnumerable<T> items)
    {
        var count = 0;
        foreach (var _ in items)
        {
            count++;
        }

        return count;
    }
}
