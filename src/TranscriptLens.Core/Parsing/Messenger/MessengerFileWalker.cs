using System.Text.Json;
using TranscriptLens.Core.Diagnostics;

namespace TranscriptLens.Core.Parsing.Messenger;

/// <summary>
/// Walks one <c>message_N.json</c> through the shared <see cref="JsonStreamCursor"/>: the root holds
/// <c>participants</c>, the <c>messages</c> array (read one element at a time), then <c>title</c>
/// and <c>thread_path</c>; everything else (<c>magic_words</c>, <c>image</c>, …) is skipped token by token.
/// </summary>
internal sealed class MessengerFileWalker(JsonStreamCursor cursor, string source)
{
    /// <summary>The thread's title, repaired (it comes after the messages in the file).</summary>
    public string? Title { get; private set; }

    /// <summary>The thread's <c>thread_path</c> (<c>inbox/boek_123</c>).</summary>
    public string? ThreadPath { get; private set; }

    /// <summary>Elements of the <c>messages</c> array that were not objects.</summary>
    public int Scalars { get; private set; }

    /// <summary>The message elements in file order (newest first); with <paramref name="messages"/> false, none: the array is skipped and only the title is read.</summary>
    public IEnumerable<MessengerEntry> Walk(bool messages = true)
    {
        if (!cursor.Read() || cursor.TokenType != JsonTokenType.StartObject)
        {
            throw new InputFormatException(source, "not a Messenger or Instagram export: the file is not a JSON object");
        }

        var found = false;
        while (cursor.NextProperty() is { } property)
        {
            switch (property)
            {
                case "title":
                    Title = cursor.ReadScalar() is { Length: > 0 } title ? MessengerMojibake.Repair(title) : null;
                    break;
                case "thread_path":
                    ThreadPath = cursor.ReadScalar();
                    break;
                case "threadName":
                    throw MessengerParser.Encrypted(source);
                case "messages" when !messages:
                    found = true;
                    cursor.SkipValue();
                    break;
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
            throw new InputFormatException(source, "not a Messenger or Instagram export: it has no \"messages\" array");
        }
    }

    private IEnumerable<MessengerEntry> Messages()
    {
        foreach (var (element, line) in cursor.ArrayElements())
        {
            yield return new MessengerEntry(element, line);
        }

        Scalars = cursor.ScalarsSkipped;
    }
}
