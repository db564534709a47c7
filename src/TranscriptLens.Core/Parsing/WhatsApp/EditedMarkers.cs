namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// The marker WhatsApp (2023+) appends to an edited message: <c>text &lt;This message was edited&gt;</c>
/// (koftezz/whatsapp-chat-analyzer#18). Other languages as reported by third-party export parsers.
/// </summary>
internal static class EditedMarkers
{
    private static readonly string[] Markers =
    [
        "<This message was edited>",
        "<Diese Nachricht wurde bearbeitet>",
        "<Se editó este mensaje.>",
        "<Se editó este mensaje>",
        "<Ce message a été modifié>",
        "<Esta mensagem foi editada>",
        "<Mensagem editada>",
        "<Questo messaggio è stato modificato>",
    ];

    /// <summary>Removes a trailing edited marker (and the space before it) from <paramref name="body"/>.</summary>
    public static bool TryStrip(ref ReadOnlySpan<char> body)
    {
        if (body.IsEmpty || body[^1] != '>')
        {
            return false;
        }

        foreach (var marker in Markers)
        {
            if (body.EndsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                body = body[..^marker.Length].TrimEnd();
                return true;
            }
        }

        return false;
    }
}
