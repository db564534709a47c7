using System.CommandLine;
using TranscriptLens.Core.Analysis;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Cli.Commands;

/// <summary>The options of <c>analyze</c> beyond the shared <see cref="InputOptions"/>.</summary>
internal sealed class AnalyzeOptions
{
    /// <summary><c>--session-gap</c>.</summary>
    public Option<string?> SessionGap { get; } = new("--session-gap") { Description = "Silence that ends a session (default 4h; e.g. 90m, 4h, 1d, 30s)" };

    /// <summary><c>--follow-up-gap</c>.</summary>
    public Option<string?> FollowUpGap { get; } = new("--follow-up-gap") { Description = "Silence after one's own message that makes the next one a follow-up (default 1h)" };

    /// <summary><c>--period</c>.</summary>
    public Option<string?> Period { get; } = new("--period") { Description = "Timeline period: week, month (default) or quarter" };

    /// <summary><c>--json</c>.</summary>
    public Option<string?> Json { get; } = new("--json") { Description = "Write the JSON report to this file (a directory when <input> is a directory)" };

    /// <summary><c>--html</c>.</summary>
    public Option<string?> Html { get; } = new("--html") { Description = "Write the HTML report to this file (a directory when <input> is a directory)" };

    /// <summary><c>--out-dir</c>.</summary>
    public Option<string?> OutDir { get; } = new("--out-dir") { Description = "Directory for the reports named after each input (and summary.csv when <input> is a directory)" };

    /// <summary><c>--models</c>.</summary>
    public Option<string?> Models { get; } = new("--models") { Description = "Directory with the tagger models (default: the shipped models)" };

    /// <summary><c>--seed</c>.</summary>
    public Option<int?> Seed { get; } = new("--seed") { Description = "Seed of the bootstrap intervals (default 1): the same seed gives the same intervals" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(SessionGap);
        command.Add(FollowUpGap);
        command.Add(Period);
        command.Add(Json);
        command.Add(Html);
        command.Add(OutDir);
        command.Add(Models);
        command.Add(Seed);
    }

    /// <summary>The analysis settings the user asked for; bad values are usage errors.</summary>
    public AnalysisSettings ToSettings(ParseResult result, string? me)
    {
        var settings = AnalysisSettings.Default with
        {
            SessionGap = Duration(result.GetValue(SessionGap), "--session-gap", SessionRules.DefaultSessionGap),
            FollowUpGap = Duration(result.GetValue(FollowUpGap), "--follow-up-gap", SessionRules.DefaultFollowUpGap),
            Me = string.IsNullOrWhiteSpace(me) ? null : me.Trim(),
        };

        if (result.GetValue(Period) is { } period)
        {
            settings = PeriodCalendar.TryParse(period, out var parsed)
                ? settings with { Period = parsed }
                : throw new UsageException($"--period {period}: expected week, month or quarter");
        }

        return result.GetValue(Seed) is { } seed ? settings with { Seed = seed } : settings;
    }

    private static TimeSpan Duration(string? text, string option, TimeSpan fallback)
    {
        if (text is null)
        {
            return fallback;
        }

        return DurationSyntax.TryParse(text, out var duration)
            ? duration
            : throw new UsageException($"{option} {text}: expected a duration such as 30s, 90m, 4h or 1d");
    }
}
