using System.Text.Encodings.Web;
using System.Text.Json;
using TranscriptLens.Core.Analysis;

namespace TranscriptLens.Core.Reporting;

/// <summary>
/// Writes an <see cref="AnalysisReport"/> as JSON with the snake_case keys documented in
/// docs/report-schema.md. Renders only; every number comes from the report. Rates and scores are
/// rounded to 6 decimals, seconds to 3.
/// </summary>
public sealed class JsonReportWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> (UTF-8, no BOM); the stream is not closed.</summary>
    public void Write(AnalysisReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("source", report.Source);
        json.WriteString("conversation", report.Conversation);
        json.WriteString("tagger", report.Tagger);
        WriteSettings(json, report.Settings);
        json.WritePropertyName("totals");
        WriteTotals(json, report.Totals);
        json.WritePropertyName("participants");
        JsonParticipantSection.WriteAll(json, report.Participants);
        json.WritePropertyName("pairs");
        JsonPairSection.WriteAll(json, report.Pairs);
        json.WriteStartArray("timeline");
        foreach (var period in report.Timeline)
        {
            json.WriteStartObject();
            json.WriteString("period", period.Label);
            json.WriteString("start", period.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("end", period.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WritePropertyName("totals");
            WriteTotals(json, period.Totals);
            json.WritePropertyName("participants");
            JsonParticipantSection.WriteAll(json, period.Participants);
            json.WritePropertyName("pairs");
            JsonPairSection.WriteAll(json, period.Pairs);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>Writes <paramref name="report"/> as a string (tests, small reports).</summary>
    public string Write(AnalysisReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteSettings(Utf8JsonWriter json, AnalysisSettings settings)
    {
        json.WriteStartObject("settings");
        json.WriteString("session_gap", DurationSyntax.Format(settings.SessionGap));
        json.WriteNumber("session_gap_seconds", settings.SessionGap.TotalSeconds);
        json.WriteString("follow_up_gap", DurationSyntax.Format(settings.FollowUpGap));
        json.WriteNumber("follow_up_gap_seconds", settings.FollowUpGap.TotalSeconds);
        json.WriteString("period", PeriodCalendar.Name(settings.Period));
        json.WriteString("me", settings.Me);
        json.WriteNumber("seed", settings.Seed);
        json.WriteNumber("bootstrap_resamples", settings.BootstrapResamples);
        json.WriteNumber("minimum_sessions", settings.MinimumSessions);
        json.WriteNumber("minimum_messages_per_person", settings.MinimumMessagesPerPerson);
        json.WriteEndObject();
    }

    private static void WriteTotals(Utf8JsonWriter json, ReportTotals totals)
    {
        json.WriteStartObject();
        json.WriteNumber("messages", totals.Messages);
        json.WriteNumber("sessions", totals.Sessions);
        json.WriteNumber("turns", totals.Turns);
        json.WriteNumber("system_messages", totals.SystemMessages);
        json.WriteString("first", totals.First?.ToString());
        json.WriteString("last", totals.Last?.ToString());
        json.WriteEndObject();
    }
}
