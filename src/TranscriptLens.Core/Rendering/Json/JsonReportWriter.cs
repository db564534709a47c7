using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TranscriptLens.Core.Analysis;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Rendering.Json;

/// <summary>
/// Writes an <see cref="AnalysisReport"/> as JSON with the snake_case keys documented in
/// docs/report-schema.md. Renders only; every number comes from the report. Rates and scores are
/// rounded to 6 decimals, seconds to 3.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc />
    public string Name => "json";

    /// <inheritdoc />
    public string Extension => ".json";

    /// <inheritdoc />
    public void Write(AnalysisReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);

        // Utf8JsonWriter writes bytes; a report is at most a few megabytes, so it is encoded into a
        // buffer and handed to the text writer in one piece.
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        WriteUtf8(report, buffer);
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>Writes <paramref name="report"/> as a string (tests, small reports).</summary>
    public string Write(AnalysisReport report)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        WriteUtf8(report, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteUtf8(AnalysisReport report, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("source", report.Source);
        json.WriteString("conversation", report.Conversation);
        json.WriteString("tagger", report.Tagger);
        WriteSettings(json, report.Settings);
        JsonDiagnosticsSection.Write(json, report.Diagnostics);
        json.WritePropertyName("totals");
        WriteTotals(json, report.Totals);
        json.WritePropertyName("participants");
        JsonParticipantSection.WriteAll(json, report.Participants);
        json.WritePropertyName("pairs");
        JsonPairSection.WriteAll(json, report.Pairs);
        if (report.HeadlinePairIndex is { } headline)
        {
            json.WriteNumber("headline_pair", headline);
        }
        else
        {
            json.WriteNull("headline_pair");
        }

        json.WriteStartArray("timeline");
        foreach (var period in report.Timeline)
        {
            json.WriteStartObject();
            json.WriteString("period", period.Label);
            json.WriteString("start", period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("end", period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
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
        output.Write("\n"u8);
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
