using System.Text.Json;

namespace TranscriptLens.Core.Rendering.Json;

/// <summary>Writes optional numbers with a fixed rounding (null stays null).</summary>
internal static class JsonNumbers
{
    /// <summary>A rate or score, rounded to 6 decimals.</summary>
    public static void Score(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Math.Round(v, 6));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>A duration in seconds, rounded to 3 decimals.</summary>
    public static void Seconds(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Math.Round(v, 3));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
