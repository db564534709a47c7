using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// Interprets a message body (invisible marks removed, lines joined with <c>\n</c>): strips the edited
/// marker, then recognises system lines, media and tombstones. Order matters: iOS puts U+200E before
/// media markers as well as before events, so media and deletions are checked before the U+200E rule.
/// </summary>
internal static class BodyClassifier
{
    /// <summary>Classifies one body.</summary>
    /// <param name="body">The text after the author (or the whole text of an authorless line).</param>
    /// <param name="hasAuthor">False for Android's authorless lines, which are system lines by structure.</param>
    /// <param name="systemAuthor">The author only ever writes system lines (iOS chat name).</param>
    /// <param name="startsWithMark">The raw body began with an invisible mark (U+200E on iOS events).</param>
    public static MessageBody Classify(ReadOnlySpan<char> body, bool hasAuthor, bool systemAuthor, bool startsWithMark)
    {
        body = body.TrimEnd();
        var edited = EditedMarkers.TryStrip(ref body);
        if (!hasAuthor || systemAuthor)
        {
            return new MessageBody(MessageKind.System, new string(body), null, edited);
        }

        var lineEnd = body.IndexOf('\n');
        var firstLine = lineEnd < 0 ? body : body[..lineEnd];
        if (SystemPhrases.IsBanner(firstLine))
        {
            return new MessageBody(MessageKind.System, new string(body), null, edited);
        }

        if (MediaMarkers.TryMatch(firstLine, out var attachment))
        {
            var caption = lineEnd < 0 ? string.Empty : new string(body[(lineEnd + 1)..].Trim());
            return new MessageBody(MessageKind.Media, caption, attachment, edited);
        }

        if (lineEnd < 0 && DeletedMarkers.IsMatch(body))
        {
            return new MessageBody(MessageKind.Deleted, string.Empty, null, edited);
        }

        if (startsWithMark && lineEnd < 0 && SystemPhrases.IsEvent(body.Trim()))
        {
            return new MessageBody(MessageKind.System, new string(body.Trim()), null, edited);
        }

        return new MessageBody(MessageKind.Text, body.IsEmpty ? string.Empty : new string(body), null, edited);
    }
}
