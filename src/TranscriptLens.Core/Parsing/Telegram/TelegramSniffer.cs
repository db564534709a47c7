using System.Text.RegularExpressions;

namespace TranscriptLens.Core.Parsing.Telegram;

/// <summary>
/// Recognises a Telegram Desktop export: a JSON object with a <c>messages</c> or <c>chats</c> key (or,
/// in a full export whose chats lie beyond the probed head, <c>personal_information</c>) and fields
/// only Telegram writes (<c>"type": "message"</c>/<c>"service"</c>, <c>from_id</c>,
/// <c>date_unixtime</c>, <c>text_entities</c>, <c>actor_id</c>). Discord, Messenger and Instagram
/// JSON have <c>messages</c> too, but none of those fields.
/// </summary>
public sealed partial class TelegramSniffer : IFormatSniffer
{
    /// <inheritdoc />
    public string Format => "telegram";

    /// <inheritdoc />
    public int Score(FormatProbe probe)
    {
        var head = probe.HeadText.AsSpan().TrimStart();
        if (head.IsEmpty || head[0] != '{')
        {
            return 0;
        }

        var text = probe.HeadText;
        var container = Container().IsMatch(text);
        var markers = Marker().Count(text);
        return container && markers > 0 ? 95 : 0;
    }

    [GeneratedRegex("\"(?:messages|chats|personal_information)\"\\s*:")]
    private static partial Regex Container();

    [GeneratedRegex("\"type\"\\s*:\\s*\"(?:message|service)\"|\"(?:from_id|date_unixtime|text_entities|actor_id|personal_information)\"\\s*:")]
    private static partial Regex Marker();
}
