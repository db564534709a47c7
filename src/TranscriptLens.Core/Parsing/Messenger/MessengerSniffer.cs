using System.Text.RegularExpressions;

namespace TranscriptLens.Core.Parsing.Messenger;

/// <summary>
/// Recognises a Messenger or Instagram export: a JSON object whose head shows the
/// <c>participants</c> (or <c>messages</c>) key and the snake_case message keys <c>sender_name</c> and
/// <c>timestamp_ms</c> (no other supported format writes them), or a zip holding
/// <c>…/messages/inbox/THREAD/message_N.json</c> (<see cref="MessengerArchive"/>).
/// </summary>
/// <remarks>
/// chat-miner's Instagram fixture has no <c>participants</c>, so <c>messages</c> with both message
/// keys is enough. The end-to-end-encrypted export (camelCase <c>senderName</c>/<c>timestamp</c>)
/// scores lower: detection sends it here so the parser can say it is not supported yet, instead of
/// "no supported chat export".
/// </remarks>
public sealed partial class MessengerSniffer : IFormatSniffer
{
    /// <inheritdoc />
    public string Format => "messenger";

    /// <inheritdoc />
    public int Score(FormatProbe probe)
    {
        if (probe.IsZip)
        {
            return probe.ZipEntries.Any(MessengerArchive.IsConversationFile) ? 95 : 0;
        }

        var head = probe.HeadText.AsSpan().TrimStart();
        if (head.IsEmpty || head[0] != '{')
        {
            return 0;
        }

        var text = probe.HeadText;
        if (!Container().IsMatch(text))
        {
            return 0;
        }

        return SenderName().IsMatch(text) && TimestampMs().IsMatch(text) ? 95
            : IsEncrypted(text) ? 60
            : 0;
    }

    /// <summary>True when the text shows the end-to-end-encrypted export's camelCase message keys.</summary>
    internal static bool IsEncrypted(string text) => EncryptedSender().IsMatch(text) && EncryptedTimestamp().IsMatch(text);

    [GeneratedRegex("\"(?:participants|messages)\"\\s*:\\s*\\[")]
    private static partial Regex Container();

    [GeneratedRegex("\"sender_name\"\\s*:")]
    private static partial Regex SenderName();

    [GeneratedRegex("\"timestamp_ms\"\\s*:")]
    private static partial Regex TimestampMs();

    [GeneratedRegex("\"senderName\"\\s*:")]
    private static partial Regex EncryptedSender();

    [GeneratedRegex("\"timestamp\"\\s*:\\s*\\d")]
    private static partial Regex EncryptedTimestamp();
}
