using System.Text;
using System.Text.Json.Nodes;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Output;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Tests.Infrastructure;

namespace TranscriptLens.Tests.Parsing;

/// <summary>What the ingestion stage delivers for one input: ordered messages and diagnostics.</summary>
public sealed record ParsedChat(IReadOnlyList<Message> Messages, DiagnosticBag Diagnostics)
{
    /// <summary>Reads <paramref name="input"/> with <paramref name="parser"/> through <see cref="TranscriptReader"/>.</summary>
    public static ParsedChat Read(IChatParser parser, ChatInput input, ParseOptions? options = null)
    {
        var diagnostics = new DiagnosticBag();
        var messages = TranscriptReader.Read(input, parser, options ?? ParseOptions.Default, diagnostics).ToList();
        return new ParsedChat(messages, diagnostics);
    }

    /// <summary>Reads inline text (UTF-8, no BOM).</summary>
    public static ParsedChat FromText(IChatParser parser, string name, string text, ParseOptions? options = null) =>
        Read(parser, ChatInput.FromText(name, text), options);

    /// <summary>Reads a file under Fixtures/, named by its file name only in diagnostics (stable golden output).</summary>
    public static ParsedChat Fixture(IChatParser parser, string relativePath, ParseOptions? options = null)
    {
        var path = RepoPaths.Fixture(relativePath.Split('/'));
        return Read(parser, new ChatInput(Path.GetFileName(path), () => File.OpenRead(path)), options);
    }

    /// <summary>Reads a peer fixture from ../shared.</summary>
    public static ParsedChat Peer(IChatParser parser, string relativePath, ParseOptions? options = null)
    {
        var path = SharedData.PeerFixture(relativePath.Split('/'));
        return Read(parser, new ChatInput(Path.GetFileName(path), () => File.OpenRead(path)), options);
    }

    /// <summary>The messages as <c>parse</c> writes them plus the diagnostics, as one JSON document for golden files.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new MessageJsonLinesWriter(stream))
        {
            foreach (var message in Messages)
            {
                writer.Write(message);
            }
        }

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var root = new JsonObject
        {
            ["messages"] = new JsonArray(lines.Select(l => JsonNode.Parse(l)).ToArray()),
            ["diagnostics"] = new JsonArray(Diagnostics.Items.Select(d => (JsonNode?)JsonValue.Create(d.ToString())).ToArray()),
        };
        return root.ToJsonString();
    }

    /// <summary>The texts in delivery order.</summary>
    public IReadOnlyList<string> Texts => Messages.Select(m => m.Text).ToArray();

    /// <summary>True when some diagnostic of <paramref name="severity"/> contains <paramref name="fragment"/>.</summary>
    public bool Reported(DiagnosticSeverity severity, string fragment) =>
        Diagnostics.Items.Any(d => d.Severity == severity && d.Message.Contains(fragment, StringComparison.Ordinal));
}
