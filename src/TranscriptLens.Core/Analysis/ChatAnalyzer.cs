using TranscriptLens.Core.Reports;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Core.Analysis;

/// <summary>
/// The aggregation stage: one streaming pass over tagged messages (in time order) builds compact
/// per-session accumulators for each conversation, then one <see cref="AnalysisReport"/> per
/// conversation is computed from them. Messages are never held in memory.
/// </summary>
public sealed class ChatAnalyzer(AnalysisSettings settings)
{
    /// <summary>How often <see cref="Analyze"/> reports progress, in messages.</summary>
    public const int ProgressInterval = 100_000;

    /// <summary>The settings every report is computed with.</summary>
    public AnalysisSettings Settings { get; } = settings;

    /// <summary>
    /// Analyses <paramref name="messages"/>: one report per conversation (<see cref="Model.Message.Conversation"/>),
    /// in order of each conversation's first message; a single-chat source (or an empty one) gives one report.
    /// <paramref name="progress"/> hears the number of messages read every <see cref="ProgressInterval"/>;
    /// <paramref name="cancellationToken"/> is checked again before the intervals, the slow part after the last message.
    /// </summary>
    public IReadOnlyList<AnalysisReport> Analyze(
        IEnumerable<TaggedMessage> messages, string source, string? tagger = null, IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var scanners = new Dictionary<string, ConversationScanner>(StringComparer.Ordinal);
        var order = new List<string?>();
        ConversationScanner? current = null;
        string? currentKey = null;
        long read = 0;
        foreach (var tagged in messages)
        {
            var key = tagged.Message.Conversation;
            if (current is null || !string.Equals(key, currentKey, StringComparison.Ordinal))
            {
                if (!scanners.TryGetValue(key ?? string.Empty, out current))
                {
                    current = new ConversationScanner(Settings);
                    scanners.Add(key ?? string.Empty, current);
                    order.Add(key);
                }

                currentKey = key;
            }

            current.Add(tagged);
            if (++read % ProgressInterval == 0)
            {
                progress?.Report(read);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (order.Count == 0)
        {
            // An export with no messages still gets a (empty) report rather than none.
            return [ReportBuilder.Build(new ConversationScanner(Settings).Finish(), Settings, source, null, tagger)];
        }

        return order
            .Select(key => ReportBuilder.Build(scanners[key ?? string.Empty].Finish(), Settings, source, key, tagger))
            .ToArray();
    }
}
