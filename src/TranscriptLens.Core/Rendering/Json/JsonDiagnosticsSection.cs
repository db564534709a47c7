using System.Text.Json;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Rendering.Json;

/// <summary>The <c>diagnostics</c> object of the JSON report: how much of the export could not be read.</summary>
internal static class JsonDiagnosticsSection
{
    /// <summary>Writes <c>{"warnings": n, "errors": n, "by_kind": [{"kind": "…", "count": n}]}</c>, zeros and an empty list for a clean read.</summary>
    public static void Write(Utf8JsonWriter json, ReportDiagnostics diagnostics)
    {
        json.WriteStartObject("diagnostics");
        json.WriteNumber("warnings", diagnostics.Warnings);
        json.WriteNumber("errors", diagnostics.Errors);
        json.WriteStartArray("by_kind");
        foreach (var kind in diagnostics.ByKind)
        {
            json.WriteStartObject();
            json.WriteString("kind", kind.Kind);
            json.WriteNumber("count", kind.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
