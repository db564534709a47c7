using System.Buffers;
using System.Text.Json;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Output;

/// <summary>
/// Writes messages as JSON Lines: <c>index, timestamp, sender, text, kind, line</c>, then the
/// optional <c>attachment, edited, chat, thread</c>, then whatever a later stage adds (tags).
/// Lines collect in memory and reach the stream in blocks of about <see cref="BlockBytes"/>
/// (a stream write per message costs a system call each: most of the time of a large parse);
/// <see cref="Flush"/> or <see cref="Dispose"/> writes the rest. Non-ASCII text, emoji included,
/// is written as UTF-8, not as <c>\u</c> escapes (<see cref="MinimalJsonEncoder"/>).
/// </summary>
public sealed class MessageJsonLinesWriter : IDisposable
{
    /// <summary>The size of the blocks written to the stream.</summary>
    public const int BlockBytes = 1 << 16;

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = MinimalJsonEncoder.Instance,
        SkipValidation = true,
    };

    private static readonly JsonEncodedText IndexName = Name("index");
    private static readonly JsonEncodedText TimestampName = Name("timestamp");
    private static readonly JsonEncodedText SenderName = Name("sender");
    private static readonly JsonEncodedText TextName = Name("text");
    private static readonly JsonEncodedText KindPropertyName = Name("kind");
    private static readonly JsonEncodedText LineName = Name("line");
    private static readonly JsonEncodedText AttachmentName = Name("attachment");
    private static readonly JsonEncodedText EditedName = Name("edited");
    private static readonly JsonEncodedText ChatName = Name("chat");
    private static readonly JsonEncodedText ThreadName = Name("thread");
    private static readonly JsonEncodedText[] Kinds = [.. Enum.GetValues<MessageKind>().Select(k => Name(KindName(k)))];

    private readonly Stream _stream;
    private readonly ArrayBufferWriter<byte> _buffer = new(BlockBytes * 2);
    private readonly Utf8JsonWriter _json;

    /// <summary>Writes to <paramref name="stream"/>; the stream is not closed.</summary>
    public MessageJsonLinesWriter(Stream stream)
    {
        _stream = stream;
        _json = new Utf8JsonWriter(_buffer, Options);
    }

    /// <summary>Writes one message; <paramref name="extra"/> appends more properties to the object.</summary>
    public void Write(Message message, Action<Utf8JsonWriter>? extra = null)
    {
        _json.WriteStartObject();
        _json.WriteNumber(IndexName, message.Index);
        Span<byte> timestamp = stackalloc byte[32];
        message.Timestamp.TryFormatUtf8(timestamp, out var length);
        _json.WriteString(TimestampName, timestamp[..length]);
        if (message.Sender is null)
        {
            _json.WriteNull(SenderName);
        }
        else
        {
            _json.WriteString(SenderName, message.Sender);
        }

        _json.WriteString(TextName, message.Text);
        _json.WriteString(KindPropertyName, Kinds[(int)message.Kind]);
        if (message.Line is { } line)
        {
            _json.WriteNumber(LineName, line);
        }
        else
        {
            _json.WriteNull(LineName);
        }

        WriteOptional(message);
        extra?.Invoke(_json);
        _json.WriteEndObject();

        // Commits into the buffer (no I/O); Reset lets the next object start without a separator.
        _json.Flush();
        _json.Reset();
        _buffer.GetSpan(1)[0] = (byte)'\n';
        _buffer.Advance(1);
        if (_buffer.WrittenCount >= BlockBytes)
        {
            WriteBlock();
        }
    }

    /// <summary>Writes buffered lines to the stream and flushes it.</summary>
    public void Flush()
    {
        WriteBlock();
        _stream.Flush();
    }

    /// <summary>The lowercase name used in output: text, media, system, deleted.</summary>
    public static string KindName(MessageKind kind) => kind switch
    {
        MessageKind.Text => "text",
        MessageKind.Media => "media",
        MessageKind.System => "system",
        MessageKind.Deleted => "deleted",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Writes the buffered lines to the stream (which stays open).</summary>
    public void Dispose()
    {
        WriteBlock();
        _json.Dispose();
    }

    private static JsonEncodedText Name(string name) => JsonEncodedText.Encode(name, MinimalJsonEncoder.Instance);

    private void WriteOptional(Message message)
    {
        if (message.Attachment is not null)
        {
            _json.WriteString(AttachmentName, message.Attachment);
        }

        if (message.Edited)
        {
            _json.WriteBoolean(EditedName, true);
        }

        if (message.Chat is not null)
        {
            _json.WriteString(ChatName, message.Chat);
        }

        if (message.Thread is not null)
        {
            _json.WriteString(ThreadName, message.Thread);
        }
    }

    private void WriteBlock()
    {
        if (_buffer.WrittenCount == 0)
        {
            return;
        }

        _stream.Write(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
    }
}
