using System.Text;
using System.Text.Json;
using TranscriptLens.Core.Diagnostics;

namespace TranscriptLens.Core.Parsing;

/// <summary>
/// Walks a JSON document of any size token by token with <see cref="Utf8JsonReader"/> over a
/// growing window of the stream, and hands out one array element at a time as a
/// <see cref="JsonDocument"/> (one message, never the whole export). Tracks the line and byte
/// offset of what it has consumed, for diagnostics and <see cref="Model.Message.Line"/>. Shared by
/// the JSON formats (Telegram, Discord, Messenger); nothing in it knows a format's fields.
/// </summary>
/// <param name="stream">The document, as the format's reader hands it over.</param>
/// <param name="source">The input's name, for errors.</param>
/// <param name="addedBytes">
/// How many bytes a repairing stream in between has added so far (Telegram's escape repair makes
/// the stream longer than the file), so byte offsets in errors point into the file; null when the
/// stream is the file as written.
/// </param>
internal sealed class JsonStreamCursor(Stream stream, string source, Func<long>? addedBytes = null)
{
    private readonly JsonByteWindow _window = new(stream);
    private JsonReaderState _state;

    /// <summary>The last token read by <see cref="Read"/>.</summary>
    public JsonTokenType TokenType { get; private set; }

    /// <summary>The value of the last property name, string or number token (a number as written), else null.</summary>
    public string? Value { get; private set; }

    /// <summary>1-based line where the last element handed out by <see cref="ReadElement"/> starts.</summary>
    public int ElementLine { get; private set; }

    /// <summary>Reads the next token; false at the end of the document.</summary>
    public bool Read()
    {
        while (true)
        {
            var reader = Reader();
            bool read;
            try
            {
                read = reader.Read();
            }
            catch (JsonException e)
            {
                throw Invalid(e);
            }

            if (read)
            {
                TokenType = reader.TokenType;
                Value = TokenType switch
                {
                    JsonTokenType.PropertyName or JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                    _ => null,
                };
                Consume(reader);
                return true;
            }

            if (_window.IsFinal)
            {
                return false;
            }

            _window.Refill();
        }
    }

    /// <summary>Reads the value after a property name: a string, or a number as written; null for any other value, which is skipped.</summary>
    public string? ReadScalar()
    {
        Expect(Read());
        SkipCurrent();
        return Value;
    }

    /// <summary>Skips the value after a property name, streaming through nested containers.</summary>
    public void SkipValue()
    {
        Expect(Read());
        SkipCurrent();
    }

    /// <summary>When the last token opened an object or array, skips to its end (streaming).</summary>
    public void SkipCurrent()
    {
        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = 1;
        while (depth > 0)
        {
            Expect(Read());
            depth += TokenType switch
            {
                JsonTokenType.StartObject or JsonTokenType.StartArray => 1,
                JsonTokenType.EndObject or JsonTokenType.EndArray => -1,
                _ => 0,
            };
        }
    }

    /// <summary>
    /// Inside an array: the next element as a document (objects and arrays), a null document for a
    /// scalar element, or false at the end of the array.
    /// </summary>
    public bool ReadElement(out JsonDocument? element)
    {
        while (true)
        {
            var reader = Reader();
            try
            {
                if (reader.Read())
                {
                    if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
                    {
                        TokenType = reader.TokenType;
                        Consume(reader);
                        element = null;
                        return TokenType != JsonTokenType.EndArray;
                    }

                    // Incomplete in this window: TryParseValue says so, and the window grows.
                    var line = _window.LineAt((int)reader.TokenStartIndex);
                    if (JsonDocument.TryParseValue(ref reader, out element))
                    {
                        ElementLine = line;
                        TokenType = reader.TokenType;
                        Consume(reader);
                        return true;
                    }
                }
            }
            catch (JsonException e)
            {
                throw Invalid(e);
            }

            if (_window.IsFinal)
            {
                throw Truncated();
            }

            _window.Refill();
        }
    }

    /// <summary>The next property name of the current object, or null at its end (after the last property).</summary>
    public string? NextProperty()
    {
        if (!Read())
        {
            throw Truncated();
        }

        return TokenType == JsonTokenType.PropertyName ? Value : null;
    }

    /// <summary>Elements handed out by the last <see cref="ArrayElements"/> walk, scalars included.</summary>
    public int ElementsRead { get; private set; }

    /// <summary>Elements of the last <see cref="ArrayElements"/> walk that were a string, number, boolean or null.</summary>
    public int ScalarsSkipped { get; private set; }

    /// <summary>
    /// The elements of the array value that comes next, one at a time with the line it starts on:
    /// each object or array element as a <see cref="JsonElement"/> that is valid only until the next
    /// one is read (its document is disposed then), scalars counted in <see cref="ScalarsSkipped"/>
    /// and skipped. When the value is not an array it is skipped and nothing is yielded.
    /// </summary>
    public IEnumerable<(JsonElement Element, int Line)> ArrayElements()
    {
        ElementsRead = 0;
        ScalarsSkipped = 0;
        if (!Read() || TokenType != JsonTokenType.StartArray)
        {
            SkipCurrent();
            yield break;
        }

        while (ReadElement(out var element))
        {
            ElementsRead++;
            if (element is null)
            {
                ScalarsSkipped++;
                continue;
            }

            using (element)
            {
                yield return (element.RootElement, ElementLine);
            }
        }
    }

    /// <summary>The error for input that ended inside the document.</summary>
    public InputFormatException Truncated() =>
        new(source, $"the JSON ends early at byte {FileOffset(_window.EndOffset)}: the file looks truncated", _window.Line);

    private void Expect(bool read)
    {
        if (!read)
        {
            throw Truncated();
        }
    }

    private Utf8JsonReader Reader() => new(_window.Unread, _window.IsFinal, _state);

    private void Consume(in Utf8JsonReader reader)
    {
        _window.Consume((int)reader.BytesConsumed);
        _state = reader.CurrentState;
    }

    private InputFormatException Invalid(JsonException e)
    {
        var line = (int)(e.LineNumber ?? 0) + 1;
        var offset = _window.OffsetOf(line, e.BytePositionInLine ?? 0);
        var what = _window.IsFinal && offset >= _window.EndOffset
            ? "the JSON ends early (the file looks truncated)"
            : "the JSON is not valid";
        return new InputFormatException(source, $"{what} at byte {FileOffset(offset)}: {FirstSentence(e.Message)}", line);
    }

    private long FileOffset(long offset) => Math.Max(0, offset - (addedBytes?.Invoke() ?? 0));

    // System.Text.Json quotes the offending text, which for a file that is not JSON at all (a CSV
    // read with --format telegram or discord) is the chat itself: keep at most its first line, and 100 characters.
    private const int MaxReason = 100;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var sentence = cut > 0 ? message[..cut] : message;
        var lineEnd = sentence.AsSpan().IndexOfAny('\r', '\n');
        var length = Math.Min(lineEnd < 0 ? sentence.Length : lineEnd, MaxReason);
        return length == sentence.Length ? sentence : string.Concat(sentence.AsSpan(0, length), "…");
    }
}
