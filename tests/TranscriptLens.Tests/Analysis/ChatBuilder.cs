using TranscriptLens.Core.Analysis;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Reports;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Tests.Analysis;

/// <summary>
/// Builds tiny tagged transcripts in code: times are minutes after Monday 2024-01-01 00:00 (naive
/// wall clock), tags are given explicitly, so every expected value can be computed by hand.
/// </summary>
internal sealed class ChatBuilder
{
    public static readonly DateTime Origin = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    private readonly List<TaggedMessage> _messages = [];

    public IReadOnlyList<TaggedMessage> Messages => _messages;

    /// <summary>A text message at <paramref name="minutes"/> after the origin.</summary>
    public ChatBuilder Text(double minutes, string sender, string text, Engagement engagement = Engagement.Neutral, bool initiating = false, string? conversation = null) =>
        Add(new Message(_messages.Count, At(minutes), sender, text, MessageKind.Text) { Chat = conversation }, new MessageTags(initiating, engagement, 1f));

    /// <summary>A media message (with an optional caption).</summary>
    public ChatBuilder Media(double minutes, string sender, string caption = "", Engagement engagement = Engagement.Minimal) =>
        Add(new Message(_messages.Count, At(minutes), sender, caption, MessageKind.Media) { Attachment = "IMG-1.jpg" }, new MessageTags(false, engagement, 1f));

    /// <summary>A deleted message (no text, no tags).</summary>
    public ChatBuilder Deleted(double minutes, string sender) =>
        Add(new Message(_messages.Count, At(minutes), sender, string.Empty, MessageKind.Deleted), null);

    /// <summary>A system line (never counted).</summary>
    public ChatBuilder System(double minutes, string text = "Alex changed the group name") =>
        Add(new Message(_messages.Count, At(minutes), null, text, MessageKind.System), null);

    /// <summary>Analyses the chat with <paramref name="settings"/> (small thresholds by default so tiny chats get pairs).</summary>
    public AnalysisReport Analyze(AnalysisSettings? settings = null) =>
        Single(new ChatAnalyzer(settings ?? Tiny).Analyze(_messages, "test.txt", "rules"));

    /// <summary>Settings for tiny chats: the defaults, but a pair is reported from 1 session and 1 message each.</summary>
    public static AnalysisSettings Tiny { get; } = AnalysisSettings.Default with { MinimumSessions = 1, MinimumMessagesPerPerson = 1, BootstrapResamples = 200 };

    public static ChatTime At(double minutes) => ChatTime.Naive(Origin.AddMinutes(minutes));

    private static AnalysisReport Single(IReadOnlyList<AnalysisReport> reports)
    {
        Assert.Single(reports);
        return reports[0];
    }

    private ChatBuilder Add(Message message, MessageTags? tags)
    {
        _messages.Add(new TaggedMessage(message, tags));
        return this;
    }
}
