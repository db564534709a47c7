using System.Text.Json;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Rendering.Json;

/// <summary>The <c>participants</c> array of the JSON report.</summary>
internal static class JsonParticipantSection
{
    /// <summary>Writes the array.</summary>
    public static void WriteAll(Utf8JsonWriter json, IReadOnlyList<ParticipantReport> participants)
    {
        json.WriteStartArray();
        foreach (var p in participants)
        {
            Write(json, p);
        }

        json.WriteEndArray();
    }

    private static void Write(Utf8JsonWriter json, ParticipantReport p)
    {
        json.WriteStartObject();
        json.WriteString("name", p.Name);
        json.WriteNumber("messages", p.Messages);
        json.WriteNumber("words", p.Words);
        json.WriteNumber("turns", p.Turns);
        json.WriteNumber("media_messages", p.MediaMessages);
        json.WriteNumber("deleted_messages", p.DeletedMessages);
        json.WriteNumber("sessions_initiated", p.SessionsInitiated);
        json.WriteNumber("initiating", p.Initiating);
        json.WriteNumber("follow_ups", p.FollowUps);
        json.WriteNumber("replies", p.Replies);
        JsonNumbers.Seconds(json, "median_reply_seconds", p.MedianReplySeconds);
        WriteLatency(json, p.ReplyLatency);
        json.WriteStartObject("engagement");
        json.WriteNumber("explaining", p.Engagement.Explaining);
        json.WriteNumber("minimal", p.Engagement.Minimal);
        json.WriteNumber("deflecting", p.Engagement.Deflecting);
        json.WriteNumber("neutral", p.Engagement.Neutral);
        json.WriteEndObject();
        json.WriteNumber("bids_made", p.BidsMade);
        json.WriteNumber("bids_unanswered", p.BidsUnanswered);
        json.WriteNumber("bids_received", p.BidsReceived);
        json.WriteNumber("bids_turned_toward", p.BidsTurnedToward);
        json.WriteNumber("bids_turned_away", p.BidsTurnedAway);
        JsonNumbers.Score(json, "initiation_share", p.InitiationShare);
        JsonNumbers.Score(json, "follow_up_rate", p.FollowUpRate);
        JsonNumbers.Score(json, "minimal_rate", p.MinimalRate);
        JsonNumbers.Score(json, "deflecting_rate", p.DeflectingRate);
        JsonNumbers.Score(json, "explaining_rate", p.ExplainingRate);
        JsonNumbers.Score(json, "turning_toward_rate", p.TurningTowardRate);
        json.WriteEndObject();
    }

    private static void WriteLatency(Utf8JsonWriter json, LatencyDistribution latency)
    {
        json.WriteStartObject("reply_latency");
        json.WriteNumber("count", latency.Count);
        JsonNumbers.Seconds(json, "q1_seconds", latency.Q1Seconds);
        JsonNumbers.Seconds(json, "median_seconds", latency.MedianSeconds);
        JsonNumbers.Seconds(json, "q3_seconds", latency.Q3Seconds);
        json.WriteStartArray("bins");
        foreach (var bin in latency.Bins)
        {
            json.WriteStartObject();
            json.WriteString("label", bin.Label);
            json.WriteNumber("min_seconds", bin.MinSeconds);
            JsonNumbers.Seconds(json, "max_seconds", bin.MaxSeconds);
            json.WriteNumber("count", bin.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
