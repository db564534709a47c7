using System.Globalization;
using System.Text;
using System.Xml;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.Sms;

/// <summary>
/// Writes messages as an SMS Backup &amp; Restore XML file: one thread with one contact, the first
/// participant as the phone's owner (sent, <c>type="2"</c>), everyone else as the contact (received,
/// <c>type="1"</c>). Media become plain SMS with the attachment as body; system messages are left out.
/// For benchmarks of the SMS parser on histories of any size.
/// </summary>
public static class SmsBackupWriter
{
    private const string Address = "+15555550123";

    /// <summary>Writes the backup to <paramref name="output"/> (UTF-8); naive times are taken as UTC.</summary>
    public static void Write(IEnumerable<Message> messages, string owner, Stream output)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, CloseOutput = false };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("smses");
        foreach (var message in messages)
        {
            if (message.Sender is null)
            {
                continue;
            }

            var sent = message.Sender == owner;
            var ms = new DateTimeOffset(message.Timestamp.Clock, message.Timestamp.Offset ?? TimeSpan.Zero).ToUnixTimeMilliseconds();
            xml.WriteStartElement("sms");
            xml.WriteAttributeString("protocol", "0");
            xml.WriteAttributeString("address", Address);
            xml.WriteAttributeString("date", ms.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("type", sent ? "2" : "1");
            xml.WriteAttributeString("body", message.Kind == MessageKind.Media ? message.Attachment ?? "<Media omitted>" : message.Text);
            xml.WriteAttributeString("read", "1");
            xml.WriteAttributeString("date_sent", sent ? "0" : ms.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("contact_name", sent ? "(Unknown)" : message.Sender);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
