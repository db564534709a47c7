namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// The tombstones WhatsApp leaves for deleted messages (iOS adds a trailing period). en/de from
/// <c>gesiscss/WhatsR:inst/Languages.csv</c> and docs/formats.md#whatsapp-media-deleted-and-edited-messages; es/fr/pt/it as reported by
/// third-party export parsers and WhatsApp's own UI strings.
/// </summary>
internal static class DeletedMarkers
{
    private static readonly HashSet<string> Markers = new(StringComparer.OrdinalIgnoreCase)
    {
        "This message was deleted",
        "You deleted this message",
        "Message deleted",
        "Diese Nachricht wurde gelöscht",
        "Du hast diese Nachricht gelöscht",
        "Se eliminó este mensaje",
        "Eliminaste este mensaje",
        "Este mensaje fue eliminado",
        "Ce message a été supprimé",
        "Vous avez supprimé ce message",
        "Esta mensagem foi apagada",
        "Essa mensagem foi apagada",
        "Mensagem apagada",
        "Você apagou esta mensagem",
        "Esta mensagem foi eliminada",
        "Eliminou esta mensagem",
        "Questo messaggio è stato eliminato",
        "Hai eliminato questo messaggio",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Markers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly MarkerLengths Lengths = new(Markers);

    /// <summary>True when the whole body is a deletion tombstone.</summary>
    public static bool IsMatch(ReadOnlySpan<char> body)
    {
        var text = body.Trim();
        if (!text.IsEmpty && text[^1] == '.')
        {
            text = text[..^1];
        }

        return Lengths.Contains(text.Length) && Lookup.Contains(text);
    }
}
