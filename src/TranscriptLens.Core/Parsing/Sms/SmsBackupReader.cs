using System.Globalization;
using System.Xml;
using TranscriptLens.Core.Diagnostics;

namespace TranscriptLens.Core.Parsing.Sms;

/// <summary>
/// Streams the <c>&lt;sms&gt;</c> and <c>&lt;mms&gt;</c> elements of a backup with
/// <see cref="XmlReader"/> (real backups are gigabytes of inline base64 media: no DOM, and the
/// <c>data</c> attribute is never asked for, so it never becomes a string).
/// </summary>
/// <remarks>
/// <para><c>CheckCharacters = false</c> is required: SMS Backup &amp; Restore writes emoji as
/// surrogate-pair character references (<c>&amp;#55357;&amp;#56832;</c>), which the default
/// settings reject; with it they decode to the right UTF-16 pair (docs/formats.md#sms-traps).</para>
/// <para>Truncated or damaged XML: when nothing was read before the break the file is not usable
/// and <see cref="InputFormatException"/> is thrown (exit 3). Otherwise the messages read before
/// the break are kept (an MMS cut off mid-element keeps the parts read so far) and an error
/// diagnostic names the line and position of the break: a backup that was cut off while copying
/// still holds years of messages, and dropping them all would lose more than it protects.</para>
/// </remarks>
internal sealed class SmsBackupReader(string source, DiagnosticBag diagnostics)
{
    private static readonly XmlReaderSettings Settings = new()
    {
        CheckCharacters = false,
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    private readonly List<SmsRecord> _records = [];
    private MmsDraft? _pending;
    private int _pendingLine;
    private int _notDelivered;

    /// <summary>Reads every delivered message of the backup in <paramref name="stream"/>.</summary>
    public SmsBackupContent Read(Stream stream)
    {
        if (stream.CanSeek && stream.Length == 0)
        {
            throw new InputFormatException(source, "the file is empty; expected an SMS Backup & Restore XML backup (<smses>)");
        }

        using var xml = XmlReader.Create(stream, Settings);
        try
        {
            ReadRoot(xml, (IXmlLineInfo)xml);
        }
        catch (XmlException e)
        {
            ReportBreak(e);
        }

        return new SmsBackupContent(_records, _notDelivered);
    }

    private void ReadRoot(XmlReader xml, IXmlLineInfo position)
    {
        if (xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "smses")
        {
            var root = xml.NodeType == XmlNodeType.Element ? $"<{xml.LocalName}>" : "no element";
            throw new InputFormatException(source,
                $"the root element is {root}; expected <smses> (an SMS Backup & Restore message backup; call logs are not chats)",
                position.LineNumber);
        }

        if (xml.IsEmptyElement)
        {
            return;
        }

        xml.Read();
        while (!xml.EOF && xml.NodeType != XmlNodeType.EndElement)
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
                continue;
            }

            switch (xml.LocalName)
            {
                case "sms":
                    ReadSms(xml, position.LineNumber);
                    xml.Skip();
                    break;
                case "mms":
                    ReadMms(xml, position.LineNumber);
                    break;
                default:
                    xml.Skip();
                    break;
            }
        }
    }

    private void ReadSms(XmlReader xml, int line)
    {
        if (Header(xml, line, "type") is not { } header)
        {
            return;
        }

        var (dateMs, sent) = header;

        var address = SmsValue.Clean(xml.GetAttribute("address")) ?? "unknown";
        var body = SmsValue.Clean(xml.GetAttribute("body")) ?? string.Empty;
        _records.Add(new SmsRecord(line, dateMs, sent, body, null, address,
            SmsValue.ContactName(xml.GetAttribute("contact_name")), null, IsMms: false));
    }

    private void ReadMms(XmlReader xml, int line)
    {
        if (Header(xml, line, "msg_box") is not { } header)
        {
            xml.Skip();
            return;
        }

        var (dateMs, sent) = header;

        var draft = new MmsDraft(line, dateMs, sent, SmsValue.Clean(xml.GetAttribute("address")) ?? "unknown",
            SmsValue.ContactName(xml.GetAttribute("contact_name")));
        (_pending, _pendingLine) = (draft, line);
        if (xml.IsEmptyElement)
        {
            xml.Read();
        }
        else
        {
            var depth = xml.Depth;
            xml.Read();
            while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "part")
                {
                    // Never xml.GetAttribute("data"): that is the base64 payload.
                    draft.AddPart(SmsValue.Clean(xml.GetAttribute("ct")), SmsValue.Clean(xml.GetAttribute("name")),
                        SmsValue.Clean(xml.GetAttribute("cl")), SmsValue.Clean(xml.GetAttribute("text")));
                }
                else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "addr")
                {
                    draft.AddAddress(SmsValue.Clean(xml.GetAttribute("address")), xml.GetAttribute("type"));
                }

                xml.Read();
            }

            xml.Read();
        }

        _pending = null;
        _records.Add(draft.Build());
    }

    /// <summary>The date and direction of a message, or null (with a diagnostic) when it is not one to keep.</summary>
    private (long DateMs, bool Sent)? Header(XmlReader xml, int line, string directionAttribute)
    {
        var direction = SmsDirectionCode.Parse(xml.GetAttribute(directionAttribute));
        if (direction == SmsDirection.NotDelivered)
        {
            _notDelivered++;
            return null;
        }

        var rawDate = xml.GetAttribute("date");
        if (!long.TryParse(rawDate, NumberStyles.None, CultureInfo.InvariantCulture, out var dateMs)
            || dateMs <= 0 || dateMs > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            diagnostics.Warn(source, line, $"<{xml.LocalName}> has no valid date (epoch milliseconds); skipped", $"date=\"{rawDate}\"", DiagnosticKind.Skipped);
            return null;
        }

        if (direction == SmsDirection.Unknown)
        {
            diagnostics.Warn(source, line,
                $"<{xml.LocalName}> has no known {directionAttribute} (1 received, 2 sent, 3-6 not delivered); skipped",
                $"{directionAttribute}=\"{xml.GetAttribute(directionAttribute)}\"", DiagnosticKind.Skipped);
            return null;
        }

        return (dateMs, direction == SmsDirection.Sent);
    }

    private void ReportBreak(XmlException e)
    {
        var cutOff = _pending is not null;
        if (_pending is { } draft)
        {
            _records.Add(draft.Build());
            _pending = null;
        }

        if (_records.Count == 0)
        {
            throw new InputFormatException(source,
                $"not a readable SMS Backup & Restore XML file (no message could be read): {e.Message}",
                e.LineNumber > 0 ? e.LineNumber : null);
        }

        var partial = cutOff ? $"; the MMS starting at line {_pendingLine} was cut off and is kept with the parts read before the break" : string.Empty;
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, source, e.LineNumber,
            $"the XML breaks off at line {e.LineNumber}, position {e.LinePosition} (truncated or damaged file): "
            + $"{_records.Count} message(s) read before the break are kept{partial}; anything after it is lost",
            e.Message, DiagnosticKind.Truncated));
    }
}
