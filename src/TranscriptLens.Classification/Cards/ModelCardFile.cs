using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TranscriptLens.Classification.Cards;

/// <summary>Reads and writes <c>model-card.json</c> (camelCase, indented).</summary>
public static class ModelCardFile
{
    /// <summary>The file name beside the models.</summary>
    public const string FileName = "model-card.json";

    /// <summary>Serializer options shared with <c>evaluate --json</c>.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the card into <paramref name="directory"/>.</summary>
    public static void Write(ModelCard card, string directory) =>
        File.WriteAllText(Path.Combine(directory, FileName), JsonSerializer.Serialize(card, Options) + "\n");
}
