using System.Text;
using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Output;
using TranscriptLens.Core.Parsing;
using TranscriptLens.Core.Parsing.WhatsApp;

namespace TranscriptLens.Tests.Parsing.WhatsApp;

/// <summary>Runs the WhatsApp parser the way the CLI does (parse, then stable time order) and renders the result.</summary>
internal sealed record WhatsAppRun(IReadOnlyList<Message> Messages, DiagnosticBag Diagnostics)
{
    public static WhatsAppRun Of(ChatInput input, DateOrder fallback = DateOrder.DayFirst)
    {
        var diagnostics = new DiagnosticBag();
        var messages = TranscriptReader.Read(input, new WhatsAppParser(fallback), ParseOptions.Default, diagnostics).ToList();
        return new WhatsAppRun(messages, diagnostics);
    }

    public static WhatsAppRun OfText(string text, DateOrder fallback = DateOrder.DayFirst) => Of(ChatInput.FromText("chat.txt", text), fallback);

    public static WhatsAppRun OfFile(string path) => Of(ChatInput.FromFile(path));

    /// <summary>The messages as a JSON array of the CLI's JSON Lines objects.</summary>
    public string Json()
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
        return "[" + string.Join(",", lines) + "]";
    }

    public IEnumerable<string> Warnings => Diagnostics.Items.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.ToString());
}
