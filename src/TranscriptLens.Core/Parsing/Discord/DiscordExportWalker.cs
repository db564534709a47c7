using System.Globalization;
using System.Text.Json;
using TranscriptLens.Core.Diagnostics;

namespace TranscriptLens.Core.Parsing.Discord;

/// <summary>
/// Finds the messages in a DiscordChatExporter JSON export without loading it: the root holds
/// <c>guild</c> and <c>channel</c> (their names are kept for the parse report), then the
/// <c>messages</c> array, read one element at a time, and <c>messageCount</c> after it.
/// Everything else (<c>dateRange</c>, <c>exportedAt</c>) is skipped token by token.
/// </summary>
internal sealed class DiscordExportWalker(JsonStreamCursor cursor, string source)
{
    /// <summary>The channel's name (a DM is named after the other person).</summary>
    public string? Channel { get; private set; }

    /// <summary>The channel's type: <c>DirectTextChat</c>, <c>DirectGroupTextChat</c>, <c>GuildTextChat</c>, a thread type…</summary>
    public string? ChannelType { get; private set; }

    /// <summary>The guild's name (<c>Direct Messages</c> for DMs).</summary>
    public string? Guild { get; private set; }

    /// <summary>The root's <c>messageCount</c>, when it is a number.</summary>
    public long? DeclaredCount { get; private set; }

    /// <summary>How many elements the <c>messages</c> array held.</summary>
    public int Elements { get; private set; }

    /// <summary>Elements of the <c>messages</c> array that were a string, number or null instead of an object.</summary>
    public int Scalars { get; private set; }

    /// <summary>The message elements, in file order.</summary>
    public IEnumerable<DiscordEntry> Walk()
    {
        if (!cursor.Read() || cursor.TokenType != JsonTokenType.StartObject)
        {
            throw new InputFormatException(source, "not a DiscordChatExporter export: the file is not a JSON object");
        }

        var found = false;
        var channel = false;
        while (cursor.NextProperty() is { } property)
        {
            switch (property)
            {
                case "guild":
                    (Guild, _) = NameAndType();
                    break;
                case "channel":
                    channel = true;
                    (Channel, ChannelType) = NameAndType();
                    break;
                case "messageCount":
                    DeclaredCount = long.TryParse(cursor.ReadScalar(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;
                    break;
                case "messages" when !channel:
                    // The exporter writes guild and channel first: another JSON with messages
                    // (Telegram, Messenger) forced with --format discord is refused, not read as damage.
                    throw new InputFormatException(source, "not a DiscordChatExporter export: \"messages\" comes without a \"channel\" before it");
                case "messages":
                    found = true;
                    foreach (var entry in Messages())
                    {
                        yield return entry;
                    }

                    break;
                default:
                    cursor.SkipValue();
                    break;
            }
        }

        if (!found)
        {
            throw new InputFormatException(source, "not a DiscordChatExporter export: it has no \"messages\" array");
        }
    }

    private IEnumerable<DiscordEntry> Messages()
    {
        foreach (var (element, line) in cursor.ArrayElements())
        {
            yield return new DiscordEntry(element, line);
        }

        Elements = cursor.ElementsRead;
        Scalars = cursor.ScalarsSkipped;
    }

    /// <summary>The <c>name</c> and <c>type</c> of a small object (guild, channel); anything else in it is skipped.</summary>
    private (string? Name, string? Type) NameAndType()
    {
        if (!cursor.Read() || cursor.TokenType != JsonTokenType.StartObject)
        {
            cursor.SkipCurrent();
            return (null, null);
        }

        string? name = null, type = null;
        while (cursor.NextProperty() is { } property)
        {
            switch (property)
            {
                case "name":
                    name = cursor.ReadScalar();
                    break;
                case "type":
                    type = cursor.ReadScalar();
                    break;
                default:
                    cursor.SkipValue();
                    break;
            }
        }

        return (name, type);
    }
}
