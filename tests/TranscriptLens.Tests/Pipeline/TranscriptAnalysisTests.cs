using TranscriptLens.Core.Analysis;
using TranscriptLens.Core.Formats;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Pipeline;
using TranscriptLens.Core.Reports;
using TranscriptLens.Core.Synthetic;
using TranscriptLens.Core.Tagging.Baseline;

namespace TranscriptLens.Tests.Pipeline;

public sealed class TranscriptAnalysisTests
{
    // Ana writes, writes again 40 minutes later, and Ben answers 2.5 hours after that. None of the
    // texts starts with one of the keyword baseline's openers, so the baseline tags a message
    // initiating exactly when its context says session start or follow-up.
    private const string Chat = """
        timestamp,sender,text
        2024-03-01T10:00:00,Ana,the train was late again today
        2024-03-01T10:40:00,Ana,still stuck at the station now
        2024-03-01T13:10:00,Ben,that sounds annoying to deal with
        """;

    private static TranscriptSource Source() => new(ChatInput.FromText("chat.csv", Chat), null, ParseOptions.Default);

    [Fact]
    public void With_the_default_rules_only_the_first_message_opens_anything()
    {
        var report = TranscriptAnalysis.Shipped.Run(Source(), new KeywordBaselineTagger(), AnalysisSettings.Default).Reports.Single();

        // 4 h sessions, 1 h follow-ups: 40 min is no follow-up, 2.5 h stays in the session.
        var ana = report.Participants.Single(p => p.Name == "Ana");
        var ben = report.Participants.Single(p => p.Name == "Ben");
        Assert.Equal((1, 1, 0), (ana.Initiating, ana.SessionsInitiated, ana.FollowUps));
        Assert.Equal((0, 0, 0), (ben.Initiating, ben.SessionsInitiated, ben.FollowUps));
    }

    [Fact]
    public void The_analysis_gaps_reach_the_tagger_so_tags_and_report_agree_on_sessions_and_follow_ups()
    {
        var settings = AnalysisSettings.Default with { SessionGap = TimeSpan.FromHours(2), FollowUpGap = TimeSpan.FromMinutes(30) };

        var report = TranscriptAnalysis.Shipped.Run(Source(), new KeywordBaselineTagger(), settings).Reports.Single();

        // 40 min >= 30 min: Ana's second message is a follow-up, for the report and for the tagger
        // (initiating). 2.5 h > 2 h: Ben opens a new session, counted by both as well.
        var ana = report.Participants.Single(p => p.Name == "Ana");
        var ben = report.Participants.Single(p => p.Name == "Ben");
        Assert.Equal((2, 1, 1), (ana.Initiating, ana.SessionsInitiated, ana.FollowUps));
        Assert.Equal((1, 1, 0), (ben.Initiating, ben.SessionsInitiated, ben.FollowUps));
        Assert.Equal(2, report.Totals.Sessions);
    }

    [Fact]
    public void Cancelling_stops_a_run_in_the_middle_of_a_long_history()
    {
        var people = new[] { "Maya", "Sam" };
        using var export = new MemoryStream();
        ChatFormats.Get("csv").WriteSynthetic(new ChatHistoryGenerator(42, people).Generate(250_000), people, export);
        var source = new TranscriptSource(ChatInput.FromBytes("history.csv", export.ToArray()), "csv", ParseOptions.Default);
        using var cancellation = new CancellationTokenSource();
        long? cancelledAt = null;

        // The first progress report comes after 100,000 messages; cancelling there must stop the
        // run before the other 150,000 are aggregated and before any report is built.
        var progress = new SynchronousProgress(read =>
        {
            cancelledAt ??= read;
            cancellation.Cancel();
        });

        Assert.ThrowsAny<OperationCanceledException>(() =>
            TranscriptAnalysis.Shipped.Run(source, new KeywordBaselineTagger(), AnalysisSettings.Default, progress, cancellation.Token));
        Assert.Equal(ChatAnalyzer.ProgressInterval, cancelledAt);
    }

    [Fact]
    public void An_unknown_forced_format_fails_before_anything_is_read()
    {
        var source = Source() with { Format = "fax" };

        var error = Assert.Throws<Core.Diagnostics.UsageException>(() => TranscriptAnalysis.Shipped.Read(source, new()));

        Assert.Equal("unknown format 'fax'; supported formats: csv, discord, messenger, sms, telegram, whatsapp", error.Message);
    }

    [Fact]
    public void The_export_s_problems_reach_every_report_as_counts()
    {
        const string text = """
            timestamp,sender,text,chat
            2024-03-01T10:00:00,Ana,hello,one
            yesterday,Ana,unreadable time,one
            2024-03-01T10:05:00,Ben,hi,two
            2024-03-01T10:06:00,Ben,hi again,two,extra
            """;
        var source = new TranscriptSource(ChatInput.FromText("two.csv", text), null, ParseOptions.Default);

        var result = TranscriptAnalysis.Shipped.Run(source, new KeywordBaselineTagger(), AnalysisSettings.Default);

        // Two rows of the file are skipped (an unreadable time, one field too many): both
        // conversations' reports carry the file's two warnings, both of kind "skipped".
        Assert.Equal(2, result.Reports.Count);
        Assert.All(result.Reports, r =>
        {
            Assert.Equal((2, 0), (r.Diagnostics.Warnings, r.Diagnostics.Errors));
            Assert.Equal([new("skipped", 2)], r.Diagnostics.ByKind);
        });
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
