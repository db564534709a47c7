using System.Text.Json;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Rendering.Json;

/// <summary>The <c>pairs</c> array of the JSON report.</summary>
internal static class JsonPairSection
{
    /// <summary>Writes the array.</summary>
    public static void WriteAll(Utf8JsonWriter json, IReadOnlyList<PairReport> pairs)
    {
        json.WriteStartArray();
        foreach (var pair in pairs)
        {
            Write(json, pair);
        }

        json.WriteEndArray();
    }

    /// <summary>The status name used in JSON and CSV: <c>ok</c> or <c>insufficient_data</c>.</summary>
    public static string StatusName(DataSufficiency status) =>
        status == DataSufficiency.Sufficient ? "ok" : "insufficient_data";

    /// <summary>The verdict name used in JSON: <c>leans_to_a</c>, <c>leans_to_b</c>, <c>balanced</c> or <c>insufficient</c>.</summary>
    public static string VerdictName(AsymmetryVerdict verdict) => verdict switch
    {
        AsymmetryVerdict.LeansToA => "leans_to_a",
        AsymmetryVerdict.LeansToB => "leans_to_b",
        AsymmetryVerdict.Balanced => "balanced",
        AsymmetryVerdict.Insufficient => "insufficient",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    private static void Write(Utf8JsonWriter json, PairReport pair)
    {
        json.WriteStartObject();
        json.WriteString("a", pair.A);
        json.WriteString("b", pair.B);
        json.WriteNumber("sessions", pair.Sessions);
        json.WriteNumber("messages_a", pair.MessagesA);
        json.WriteNumber("messages_b", pair.MessagesB);
        var c = pair.Components;
        json.WriteStartObject("components");
        JsonNumbers.Score(json, "session_initiation", c.SessionInitiation);
        JsonNumbers.Score(json, "follow_ups", c.FollowUps);
        JsonNumbers.Score(json, "explaining", c.Explaining);
        JsonNumbers.Score(json, "words", c.Words);
        JsonNumbers.Score(json, "turning_toward", c.TurningToward);
        JsonNumbers.Score(json, "reply_latency", c.ReplyLatency);
        json.WriteEndObject();
        json.WriteString("status", StatusName(pair.Status));
        json.WriteString("insufficient_reason", pair.InsufficientReason);
        JsonNumbers.Score(json, "asymmetry", pair.Asymmetry);
        JsonNumbers.Score(json, "ci_low", pair.CiLow);
        JsonNumbers.Score(json, "ci_high", pair.CiHigh);
        json.WriteString("verdict", VerdictName(pair.Verdict));
        json.WriteStartObject("lsm");
        JsonNumbers.Score(json, "score", pair.Lsm.Score);
        json.WriteNumber("words_a", pair.Lsm.WordsA);
        json.WriteNumber("words_b", pair.Lsm.WordsB);
        json.WriteStartArray("categories");
        foreach (var category in pair.Lsm.Categories)
        {
            json.WriteStartObject();
            json.WriteString("category", category.Category);
            JsonNumbers.Score(json, "percent_a", category.PercentA);
            JsonNumbers.Score(json, "percent_b", category.PercentB);
            JsonNumbers.Score(json, "score", category.Score);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
