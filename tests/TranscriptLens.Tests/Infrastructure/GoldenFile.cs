using System.Text.Json;
using System.Text.Json.Nodes;

namespace TranscriptLens.Tests.Infrastructure;

/// <summary>
/// Compares output with a reviewed expected file beside the fixture. JSON is compared structurally
/// (floats within a tolerance, masked properties ignored); text with normalised line endings. Set
/// <c>UPDATE_GOLDEN=1</c> to rewrite the expected files in the source tree, then review the diff.
/// </summary>
public static class GoldenFile
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>True when expected files should be rewritten.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    /// <summary>Asserts that <paramref name="actualJson"/> matches the expected JSON file (a path relative to Fixtures/).</summary>
    public static void AssertJson(string actualJson, string expectedRelativePath, double tolerance = 1e-6, params string[] masked)
    {
        var actual = JsonNode.Parse(actualJson);
        var source = RepoPaths.FixtureSource(expectedRelativePath);
        if (Updating)
        {
            File.WriteAllText(source, actual!.ToJsonString(Pretty) + "\n");
            return;
        }

        var expectedPath = File.Exists(source) ? source : RepoPaths.Fixture(expectedRelativePath);
        Assert.True(File.Exists(expectedPath), $"expected file {expectedRelativePath} is missing; run with UPDATE_GOLDEN=1 to create it");
        var expected = JsonNode.Parse(File.ReadAllText(expectedPath));
        var difference = Compare(expected, actual, "$", tolerance, masked.ToHashSet(StringComparer.Ordinal));
        Assert.True(difference is null, $"{expectedRelativePath}: {difference}");
    }

    /// <summary>Asserts that <paramref name="actual"/> equals the expected text file, ignoring line-ending differences.</summary>
    public static void AssertText(string actual, string expectedRelativePath)
    {
        var source = RepoPaths.FixtureSource(expectedRelativePath);
        if (Updating)
        {
            File.WriteAllText(source, actual);
            return;
        }

        var expected = File.ReadAllText(File.Exists(source) ? source : RepoPaths.Fixture(expectedRelativePath));
        Assert.Equal(Normalise(expected), Normalise(actual));
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string? Compare(JsonNode? expected, JsonNode? actual, string path, double tolerance, HashSet<string> masked)
    {
        switch (expected)
        {
            case null:
                return actual is null ? null : $"{path}: expected null, got {actual.ToJsonString()}";
            case JsonObject eo when actual is JsonObject ao:
                foreach (var (key, value) in eo)
                {
                    if (masked.Contains(key))
                    {
                        continue;
                    }

                    if (!ao.ContainsKey(key))
                    {
                        return $"{path}.{key}: missing";
                    }

                    var d = Compare(value, ao[key], $"{path}.{key}", tolerance, masked);
                    if (d is not null)
                    {
                        return d;
                    }
                }

                var extra = ao.Select(p => p.Key).FirstOrDefault(k => !eo.ContainsKey(k) && !masked.Contains(k));
                return extra is null ? null : $"{path}.{extra}: unexpected property";
            case JsonArray ea when actual is JsonArray aa:
                if (ea.Count != aa.Count)
                {
                    return $"{path}: expected {ea.Count} elements, got {aa.Count}";
                }

                for (var i = 0; i < ea.Count; i++)
                {
                    var d = Compare(ea[i], aa[i], $"{path}[{i}]", tolerance, masked);
                    if (d is not null)
                    {
                        return d;
                    }
                }

                return null;
            case JsonValue ev when actual is JsonValue av:
                if (ev.GetValueKind() == JsonValueKind.Number && av.GetValueKind() == JsonValueKind.Number)
                {
                    var x = ev.GetValue<double>();
                    var y = av.GetValue<double>();
                    return Math.Abs(x - y) <= tolerance * Math.Max(1, Math.Abs(x)) ? null : $"{path}: expected {x}, got {y}";
                }

                return JsonNode.DeepEquals(ev, av) ? null : $"{path}: expected {ev.ToJsonString()}, got {av.ToJsonString()}";
            default:
                return $"{path}: expected {expected.ToJsonString()}, got {actual?.ToJsonString() ?? "null"}";
        }
    }
}
