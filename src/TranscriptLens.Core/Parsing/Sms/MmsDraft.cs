using System.Text;

namespace TranscriptLens.Core.Parsing.Sms;

/// <summary>
/// An <c>&lt;mms&gt;</c> being read: its header attributes plus the parts and addresses seen so
/// far. Kept separate from the reader so that an MMS cut off by a truncated file can still be built
/// from what was read before the break.
/// </summary>
internal sealed class MmsDraft(int line, long dateMs, bool sent, string address, string? contactName)
{
    private readonly StringBuilder _text = new();
    private readonly List<string> _attachments = [];
    private string? _from;

    /// <summary>Adds a <c>&lt;part&gt;</c>. Text parts become text; SMIL layout is ignored; anything else is an attachment.</summary>
    public void AddPart(string? contentType, string? name, string? location, string? text)
    {
        var type = contentType?.Trim().ToLowerInvariant();
        if (type == "application/smil")
        {
            return;
        }

        if (type == "text/plain")
        {
            if (text is not null)
            {
                // Several text parts are slides of one message: one line each.
                _text.Append(_text.Length > 0 ? "\n" : string.Empty).Append(text);
            }

            return;
        }

        _attachments.Add(name ?? location ?? type ?? "attachment");
    }

    /// <summary>Adds an <c>&lt;addr&gt;</c>; type 137 is the sender (151 To, 130 Cc, 129 Bcc).</summary>
    public void AddAddress(string? address, string? type)
    {
        if (type == "137" && address is not null && _from is null)
        {
            _from = address;
        }
    }

    /// <summary>The record with what has been read.</summary>
    public SmsRecord Build() => new(
        line,
        dateMs,
        sent,
        _text.ToString(),
        _attachments.Count == 0 ? null : string.Join(", ", _attachments),
        address,
        contactName,
        _from,
        IsMms: true);
}
