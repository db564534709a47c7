using System.Text;
using System.Text.Json;
using TranscriptLens.Core.Diagnostics;

namespace TranscriptLens.Core.Parsing.Telegram;

/// <summary>
/// Walks a JSON document of any size token by token with <see cref="Utf8JsonReader"/> over a
/// growing window of the stream, and hands out one array element at a time as a
/// <see cref="JsonDocument"/> (one message, never the whole export). Tracks the line and byte
/// offset of what it has consumed, for diagnostics and <see cref="Model.Message.Line"/>.
/// </summary>
internal sealed class JsonStreamCursor(Stream stream, string source, Func<long> repairedEscapes)
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _final;
    private long _bufferOffset;
    private int _line = 1;
    private long _lineStart;
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

            if (_final)
            {
                return false;
            }

            Refill();
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
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.EndArray:
                            TokenType = reader.TokenType;
                            Consume(reader);
                            element = null;
                            return false;
                        case JsonTokenType.StartObject or JsonTokenType.StartArray:
                            {
                                var line = _line + CountLines(_buffer.AsSpan(_start, (int)reader.TokenStartIndex));
                                if (JsonDocument.TryParseValue(ref reader, out element))
                                {
                                    ElementLine = line;
                                    TokenType = reader.TokenType;
                                    Consume(reader);
                                    return true;
                                }

                                break;
                            }
                        default:
                            TokenType = reader.TokenType;
                            Consume(reader);
                            element = null;
                            return true;
                    }
                }
            }
            catch (JsonException e)
            {
                throw Invalid(e);
            }

            if (_final)
            {
                throw Truncated();
            }

            Refill();
        }
    }

    /// <summary>The error for input that ended inside the document.</summary>
    public InputFormatException Truncated() =>
        new(source, $"the JSON ends early at byte {FileOffset(_bufferOffset + _end)}: the file looks truncated", _line);

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

    private void Expect(bool read)
    {
        if (!read)
        {
            throw Truncated();
        }
    }

    private Utf8JsonReader Reader() => new(_buffer.AsSpan(_start, _end - _start), _final, _state);

    private void Consume(in Utf8JsonReader reader)
    {
        var consumed = _buffer.AsSpan(_start, (int)reader.BytesConsumed);
        var lastBreak = consumed.LastIndexOf((byte)'\n');
        if (lastBreak >= 0)
        {
            _line += CountLines(consumed);
            _lineStart = _bufferOffset + _start + lastBreak + 1;
        }

        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    private void Refill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            // One element (a message) is larger than the window: grow it.
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _final = read == 0;
        if (_bufferOffset == 0 && _start == 0 && _end >= 3 && _buffer.AsSpan(0, 3).SequenceEqual((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            // Utf8JsonReader rejects a byte order mark; the position within the line starts after it.
            _start = 3;
            _lineStart = 3;
        }
    }

    private InputFormatException Invalid(JsonException e)
    {
        // The reader's line numbers carry over between windows (they live in JsonReaderState); its
        // byte position is within the line, so find where that line starts.
        var line = (int)(e.LineNumber ?? 0) + 1;
        var lineStart = _lineStart;
        var position = _start;
        for (var l = _line; l < line && position < _end; l++)
        {
            var next = _buffer.AsSpan(position, _end - position).IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            position += next + 1;
            lineStart = _bufferOffset + position;
        }

        var offset = FileOffset(lineStart + (e.BytePositionInLine ?? 0));
        var atEnd = _final && lineStart + (e.BytePositionInLine ?? 0) >= _bufferOffset + _end;
        var what = atEnd ? "the JSON ends early (the file looks truncated)" : "the JSON is not valid";
        return new InputFormatException(source, $"{what} at byte {offset}: {FirstSentence(e.Message)}", line);
    }

    // Each rewritten \xHH escape made the stream two bytes longer than the file.
    private long FileOffset(long offset) => Math.Max(0, offset - (2 * repairedEscapes()));

    private static int CountLines(ReadOnlySpan<byte> bytes) => bytes.Count((byte)'\n');

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
