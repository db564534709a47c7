namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// Recognises a media message from the first line of its body (docs/formats.md#whatsapp-media-deleted-and-edited-messages). Sources for the
/// strings: <c>gesiscss/WhatsR:inst/Languages.csv</c> (en, de), <c>mlomb/chat-analytics:pipeline/parse/parsers/WhatsApp.ts</c>
/// (the <c>&lt;Media omitted&gt;</c> translations, also fi/nl/sv/da/nb/pl/tr/ru; iOS "… omitted" in en/es),
/// whatsapp-chat-parser's attachment tests, and the marker tables of third-party export parsers for
/// the es/fr/pt/it iOS and attachment forms (reported, not verified on real exports).
/// The forms are:
/// <list type="bullet">
/// <item><c>&lt;Media omitted&gt;</c> (Android exported without media) and translations;</item>
/// <item><c>image omitted</c>, <c>Bild weggelassen</c>, … (iOS), and <c>NAME.pdf • 2 pages document omitted</c>;</item>
/// <item><c>&lt;attached: 00000012-PHOTO-….jpg&gt;</c>, <c>&lt;Anhang: …&gt;</c>, … and <c>FILE &lt;attached&gt;</c> (iOS with media);</item>
/// <item><c>IMG-….jpg (file attached)</c>, <c>(Datei angehängt)</c>, … with the caption on the next lines (Android with media).</item>
/// </list>
/// </summary>
internal static class MediaMarkers
{
    private static readonly Dictionary<string, string> Omitted = new(StringComparer.OrdinalIgnoreCase)
    {
        // Android, exported without media: the type is not given.
        ["<Media omitted>"] = MediaKind.Unknown,
        ["<Video message omitted>"] = MediaKind.Video,
        ["<Medien ausgeschlossen>"] = MediaKind.Unknown,
        ["<Medien weggelassen>"] = MediaKind.Unknown,
        ["<Multimedia omitido>"] = MediaKind.Unknown,
        ["<Archivo omitido>"] = MediaKind.Unknown,
        ["<Médias omis>"] = MediaKind.Unknown,
        ["<Fichier omis>"] = MediaKind.Unknown,
        ["<Mídia oculta>"] = MediaKind.Unknown,
        ["<Mídia omitida>"] = MediaKind.Unknown,
        ["<Multimédia omitido>"] = MediaKind.Unknown,
        ["<Media omessi>"] = MediaKind.Unknown,
        ["<Media omesso>"] = MediaKind.Unknown,
        ["<media jätettiin pois>"] = MediaKind.Unknown,
        ["<Media jätetty pois>"] = MediaKind.Unknown,
        ["<media weggelaten>"] = MediaKind.Unknown,
        ["<media utelämnat>"] = MediaKind.Unknown,
        ["<Media har utelämnats>"] = MediaKind.Unknown,
        ["<medier udeladt>"] = MediaKind.Unknown,
        ["<media utelatt>"] = MediaKind.Unknown,
        ["<pominięto multimedia>"] = MediaKind.Unknown,
        ["<medya dahil edilmedi>"] = MediaKind.Unknown,
        ["<Medya atlanmış>"] = MediaKind.Unknown,
        ["<без медиафайлов>"] = MediaKind.Unknown,
        ["<Файл пропущен>"] = MediaKind.Unknown,

        // iOS, exported without media: the type is given.
        ["image omitted"] = MediaKind.Image,
        ["photo omitted"] = MediaKind.Image,
        ["video omitted"] = MediaKind.Video,
        ["video note omitted"] = MediaKind.Video,
        ["audio omitted"] = MediaKind.Audio,
        ["sticker omitted"] = MediaKind.Sticker,
        ["GIF omitted"] = MediaKind.Gif,
        ["Contact card omitted"] = MediaKind.Contact,
        ["document omitted"] = MediaKind.Document,
        ["Bild weggelassen"] = MediaKind.Image,
        ["Video weggelassen"] = MediaKind.Video,
        ["Audio weggelassen"] = MediaKind.Audio,
        ["Sticker weggelassen"] = MediaKind.Sticker,
        ["GIF weggelassen"] = MediaKind.Gif,
        ["Kontaktkarte ausgelassen"] = MediaKind.Contact,
        ["Dokument weggelassen"] = MediaKind.Document,
        ["imagen omitida"] = MediaKind.Image,
        ["video omitido"] = MediaKind.Video,
        ["audio omitido"] = MediaKind.Audio,
        ["sticker omitido"] = MediaKind.Sticker,
        ["GIF omitido"] = MediaKind.Gif,
        ["documento omitido"] = MediaKind.Document,
        ["image absente"] = MediaKind.Image,
        ["vidéo absente"] = MediaKind.Video,
        ["imagem ocultada"] = MediaKind.Image,
        ["imagem omitida"] = MediaKind.Image,
        ["vídeo ocultado"] = MediaKind.Video,
        ["vídeo omitido"] = MediaKind.Video,
        ["áudio ocultado"] = MediaKind.Audio,
        ["áudio omitido"] = MediaKind.Audio,
        ["figurinha omitida"] = MediaKind.Sticker,
        ["immagine omessa"] = MediaKind.Image,
        ["video omesso"] = MediaKind.Video,
        ["audio omesso"] = MediaKind.Audio,
        ["sticker omesso"] = MediaKind.Sticker,
        ["GIF omessa"] = MediaKind.Gif,
        ["documento omesso"] = MediaKind.Document,
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> OmittedLookup =
        Omitted.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly MarkerLengths OmittedLengths = new(Omitted.Keys);

    // iOS documents: "Menu.pdf • 2 pages document omitted".
    private static readonly string[] DocumentOmittedSuffixes =
        ["document omitted", "Dokument weggelassen", "documento omitido", "documento omesso"];

    // iOS with media: "<attached: FILE>" (whatsapp-chat-parser also accepts "< attached: FILE >").
    private static readonly string[] AttachedWords = ["attached", "Anhang", "angehängt", "adjunto", "pièce jointe", "anexado", "anexo", "allegato"];

    // Android with media: "FILE (file attached)", caption on the following lines.
    private static readonly string[] FileAttachedSuffixes =
        ["(file attached)", "(Datei angehängt)", "(archivo adjunto)", "(fichier joint)", "(arquivo anexado)", "(ficheiro anexado)", "(file allegato)"];

    /// <summary>
    /// Matches <paramref name="firstLine"/> (invisible characters already removed). <paramref name="attachment"/>
    /// is the file name, or the media type when the export left the file out.
    /// </summary>
    public static bool TryMatch(ReadOnlySpan<char> firstLine, out string attachment)
    {
        var line = firstLine.Trim();
        attachment = string.Empty;
        if (line.IsEmpty)
        {
            return false;
        }

        if (OmittedLengths.Contains(line.Length) && OmittedLookup.TryGetValue(line, out var kind))
        {
            attachment = kind;
            return true;
        }

        return line[^1] switch
        {
            '>' => TryMatchAttached(line, out attachment),
            ')' => TryMatchFileAttached(line, out attachment),
            'd' or 'D' or 'o' or 'n' => TryMatchDocumentOmitted(line, out attachment),
            _ => false,
        };
    }

    private static bool TryMatchAttached(ReadOnlySpan<char> line, out string attachment)
    {
        attachment = string.Empty;
        if (line[0] == '<')
        {
            var inner = line[1..^1].Trim();
            foreach (var word in AttachedWords)
            {
                if (inner.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    var rest = inner[word.Length..].TrimStart();
                    if (rest.StartsWith(':'))
                    {
                        return TryName(rest[1..], out attachment);
                    }
                }
            }

            return false;
        }

        // "2015-08-04-PHOTO-00004762.jpg <attached>"
        var open = line.LastIndexOf('<');
        if (open > 0 && line[(open + 1)..^1].Trim().Equals("attached", StringComparison.OrdinalIgnoreCase))
        {
            return TryName(line[..open], out attachment);
        }

        return false;
    }

    private static bool TryMatchFileAttached(ReadOnlySpan<char> line, out string attachment)
    {
        attachment = string.Empty;
        foreach (var suffix in FileAttachedSuffixes)
        {
            if (line.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return TryName(line[..^suffix.Length], out attachment);
            }
        }

        return false;
    }

    private static bool TryMatchDocumentOmitted(ReadOnlySpan<char> line, out string attachment)
    {
        attachment = string.Empty;
        foreach (var suffix in DocumentOmittedSuffixes)
        {
            // Every suffix starts with d/D: check that letter before comparing the whole suffix.
            if (line.Length > suffix.Length && (line[^suffix.Length] | 0x20) == 'd' && line.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                var name = line[..^suffix.Length];
                var bullet = name.IndexOf('•');
                return TryName(bullet >= 0 ? name[..bullet] : name, out attachment);
            }
        }

        return false;
    }

    private static bool TryName(ReadOnlySpan<char> name, out string attachment)
    {
        name = name.Trim();
        attachment = name.IsEmpty ? string.Empty : new string(name);
        return !name.IsEmpty;
    }
}
