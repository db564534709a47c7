using System.Globalization;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>Writes messages as a WhatsApp Android export (en-GB, <c>dd/MM/yyyy, HH:mm - Name: text</c>).</summary>
public static class WhatsAppExportWriter
{
    /// <summary>Writes the export; media become <c>&lt;Media omitted&gt;</c> lines, system messages authorless lines.</summary>
    public static void Write(IEnumerable<Message> messages, TextWriter output)
    {
        output.Write("01/01/2021, 00:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n");
        foreach (var message in messages)
        {
            output.Write(message.Timestamp.Clock.ToString("dd/MM/yyyy, HH:mm", CultureInfo.InvariantCulture));
            output.Write(" - ");
            if (message.Sender is not null)
            {
                output.Write(message.Sender);
                output.Write(": ");
            }

            output.Write(message.Kind == MessageKind.Media ? message.Attachment ?? "<Media omitted>" : message.Text);
            output.Write('\n');
        }
    }
}
