using System.Text.RegularExpressions;

namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// Lines WhatsApp writes itself, in en, de, es, fr, pt and it. Android writes them without an
/// author, so they are told apart by structure; iOS files many of them under the chat's own name
/// (docs/formats.md#whatsapp-authors-and-system-lines), where they look like user messages. The table is therefore used only where
/// the structure already points at a system line — a body starting with U+200E, or an author who
/// writes nothing else — and never on a normal message: "I added you to the list" stays text.
/// The end-to-end banner is the exception: nobody types it, so it is recognised everywhere.
/// en/de from <c>gesiscss/WhatsR:inst/Languages.csv</c> and docs/formats.md#whatsapp-authors-and-system-lines; es/fr/pt/it as reported by
/// third-party export parsers.
/// </summary>
internal static partial class SystemPhrases
{
    private const int LongestEvent = 400;

    private static readonly string[] Banners =
    [
        "Messages and calls are end-to-end encrypted",
        "Messages to this group are now secured with end-to-end encryption",
        "Messages you send to this group are now secured with end-to-end encryption",
        "Messages to this chat and calls are now secured with end-to-end encryption",
        "Messages you send to this chat and calls are now secured with end-to-end encryption",
        "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt",
        "Nachrichten an diese Gruppe sind jetzt mit Ende-zu-Ende-Verschlüsselung geschützt",
        "Los mensajes y las llamadas están cifrados de extremo a extremo",
        "Les messages et les appels sont chiffrés de bout en bout",
        "As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta",
        "As mensagens e as chamadas estão encriptadas ponto a ponto",
        "I messaggi e le chiamate sono crittografati end-to-end",
    ];

    private const string English =
        @"(?:You|.+) created (?:group|this group)\b.*|(?:You|.+) added .+|(?:You|.+) removed .+|(?:You|.+) left(?: the group)?"
        + @"|.+ joined using this group's invite link|(?:You|.+) changed (?:the subject|the group name|this group's icon|the group icon|the group description|this group's settings|the settings)\b.*"
        + @"|(?:You|.+) deleted this group's icon|.+ changed their phone number\b.*|\+?[\d ()\-]+ changed to \+?[\d ()\-]+\.?"
        + @"|(?:Your )?security code with .+ changed\b.*|.+'s security code changed\b.*|(?:You|.+) (?:updated|changed) the message timer\b.*"
        + @"|(?:You|.+) turned (?:on|off) disappearing messages\b.*|Missed (?:group )?(?:voice|video) call\b.*|You were added"
        + @"|(?:You're|.+ is) now an admin|.+ started a (?:video )?call";

    private const string German =
        @"(?:Du hast|.+ hat) die Gruppe .+ erstellt\.?|(?:Du hast|.+ hat) .+ hinzugefügt\.?|(?:Du hast|.+ hat) .+ entfernt\.?"
        + @"|(?:Du hast|.+ hat) die Gruppe verlassen\.?|(?:Du hast|.+ hat) den (?:Betreff|Gruppennamen) .*geändert\.?"
        + @"|(?:Du hast|.+ hat) (?:das Gruppenbild|die Gruppenbeschreibung) geändert\.?|Verpasster (?:Sprach|Video)anruf\b.*"
        + @"|.+ hat eine neue Telefonnummer\b.*|\+?[\d ()\-]+ hat zu \+?[\d ()\-]+ gewechselt\.?"
        + @"|Deine Sicherheitsnummer für .+ hat sich geändert\b.*|.+ hat einen (?:Video)?anruf gestartet\.?";

    private const string Spanish =
        @"(?:Creaste|.+ creó) el grupo\b.*|(?:Añadiste|.+ añadió) a .+|(?:Eliminaste|.+ eliminó) a .+|(?:Saliste|.+ salió)(?: del grupo)?\.?"
        + @"|(?:Cambiaste|.+ cambió) (?:el asunto|el nombre del grupo|el ícono|la descripción)\b.*|.+ se unió usando el enlace de invitación\b.*"
        + @"|.*código de seguridad.* cambió\b.*|(?:Llamada|Videollamada) (?:de voz |de video )?perdida\b.*";

    private const string French =
        @"(?:Vous avez|.+ a) créé (?:le )?groupe\b.*|(?:Vous avez|.+ a) ajouté .+|(?:Vous avez|.+ a) retiré .+|(?:Vous êtes|.+ est) parti\(?e?\)?\.?"
        + @"|(?:Vous avez|.+ a) (?:modifié|changé) (?:le sujet|l'icône|le nom|la description)\b.*|.*code de sécurité.* a changé\b.*"
        + @"|Appel (?:vocal|vidéo) manqué\b.*";

    private const string Portuguese =
        @"(?:Você|.+) criou (?:o|este) grupo\b.*|(?:Você|.+) adicionou .+|(?:Você|.+) removeu .+|(?:Você|.+) saiu\.?"
        + @"|(?:Você|.+) (?:mudou|alterou) (?:o assunto|o nome|a imagem|a foto|a descrição)\b.*|.+ entrou usando o link de convite\b.*"
        + @"|.*código de segurança.* mudou\b.*|Chamada de (?:voz|vídeo) perdida\b.*";

    private const string Italian =
        @"(?:Hai|.+ ha) creato (?:il )?gruppo\b.*|(?:Hai|.+ ha) aggiunto .+|(?:Hai|.+ ha) rimosso .+|(?:Sei|.+ è) uscit[oa]\.?"
        + @"|(?:Hai|.+ ha) cambiato (?:l'oggetto|l'immagine|la descrizione|il nome)\b.*|.*codice di sicurezza.* cambiato\b.*"
        + @"|(?:Chiamata vocale|Videochiamata) persa\b.*";

    /// <summary>True when <paramref name="body"/> starts with an end-to-end encryption banner.</summary>
    public static bool IsBanner(ReadOnlySpan<char> body)
    {
        if (body.IsEmpty || body[0] is not ('M' or 'N' or 'L' or 'A' or 'I'))
        {
            return false;
        }

        foreach (var banner in Banners)
        {
            if (body.StartsWith(banner, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the whole (single-line) <paramref name="body"/> reads as a group or call event.
    /// Loose on purpose; callers apply it only where the structure already suggests a system line.
    /// </summary>
    public static bool IsEvent(ReadOnlySpan<char> body) =>
        !body.IsEmpty && body.Length <= LongestEvent && !body.Contains('\n') && (IsBanner(body) || IsEventPhrase(body));

    // One generated regex per language, not one alternation of all six: the code generated for a
    // single pattern of ~60 alternatives that each start with ".+" was one huge method, and compiling
    // it took the runtime 3-6 s on the first iOS export (whose author lines reach this table), longer
    // than reading the file. Six small methods compile in a fraction of that.
    private static bool IsEventPhrase(ReadOnlySpan<char> body) =>
        EnglishEvents().IsMatch(body) || GermanEvents().IsMatch(body) || SpanishEvents().IsMatch(body)
        || FrenchEvents().IsMatch(body) || PortugueseEvents().IsMatch(body) || ItalianEvents().IsMatch(body);

    [GeneratedRegex("^(?:" + English + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishEvents();

    [GeneratedRegex("^(?:" + German + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GermanEvents();

    [GeneratedRegex("^(?:" + Spanish + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanishEvents();

    [GeneratedRegex("^(?:" + French + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FrenchEvents();

    [GeneratedRegex("^(?:" + Portuguese + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PortugueseEvents();

    [GeneratedRegex("^(?:" + Italian + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItalianEvents();
}
