using System.Text.Json;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Output;

/// <summary>
/// Writes messages as JSON Lines: <c>index, timestamp, sender, text, kind, line</c>, then the
/// optional <c>attachment, edited, chat, thread</c>, then whatever a later stage adds (tags).
/// The fixed properties are composed directly as UTF-8 (a generic JSON writer spent more time on
/// its bookkeeping than on the text); a later stage's properties go through a <see cref="Utf8JsonWriter"/>.
/// Lines collect in memory and reach the stream in blocks of about <see cref="BlockBytes"/> (a
/// stream write per message costs a system call each); <see cref="Flush"/> or <see cref="Dispose"/>
/// writes the rest. Non-ASCII text, emoji included, is written as UTF-8, not as <c>\u</c> escapes.
/// </summary>
public sealed class MessageJsonLinesWriter : IDisposable
{
    /// <summary>The size of the blocks written to the stream.</summary>
    public const int BlockBytes = 1 << 16;

    private static readonly JsonWriterOptions ExtraOptions = new()
    {
        Encoder = MinimalJsonEncoder.Instance,
        SkipValidation = true,
    };

    // ",\"kind\":\"text\",\"line\":" and so on, by MessageKind.
    private static readonly byte[][] KindThenLine =
        [.. Enum.GetValues<MessageKind>().Select(k => System.Text.Encoding.UTF8.GetBytes($",\"kind\":\"{KindName(k)}\",\"line\":"))];

    private readonly Stream _stream;
    private readonly Utf8LineBuffer _buffer = new(BlockBytes * 2);
    private Utf8JsonWriter? _extra;

    /// <summary>Writes to <paramref name="stream"/>; the stream is not closed.</summary>
    public MessageJsonLinesWriter(Stream stream) => _stream = stream;

    /// <summary>Writes one message; <paramref name="extra"/> appends more properties to the object.</summary>
    public void Write(Message message, Action<Utf8JsonWriter>? extra = null)
    {
        var line = _buffer;
        line.Write("{\"index\":"u8);
        line.Write(message.Index);
        line.Write(",\"timestamp\":\""u8);
        message.Timestamp.TryFormatUtf8(line.GetSpan(32), out var length);
        line.Advance(length);
        line.Write("\",\"sender\":"u8);
        WriteStringOrNull(message.Sender);
        line.Write(",\"text\":"u8);
        line.WriteString(message.Text);
        line.Write(KindThenLine[(int)message.Kind]);
        if (message.Line is { } number)
        {
            line.Write(number);
        }
        else
        {
            line.Write("null"u8);
        }

        WriteOptional(message);
        if (extra is not null)
        {
            WriteExtra(extra);
        }

        line.Write("}\n"u8);
        if (line.Length >= BlockBytes)
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
        _extra?.Dispose();
    }

    private void WriteStringOrNull(string? value)
    {
        if (value is null)
        {
            _buffer.Write("null"u8);
        }
        else
        {
            _buffer.WriteString(value);
        }
    }

    private void WriteOptional(Message message)
    {
        if (message.Attachment is not null)
        {
            _buffer.Write(",\"attachment\":"u8);
            _buffer.WriteString(message.Attachment);
        }

        if (message.Edited)
        {
            _buffer.Write(",\"edited\":true"u8);
        }

        if (message.Chat is not null)
        {
            _buffer.Write(",\"chat\":"u8);
            _buffer.WriteString(message.Chat);
        }

        if (message.Thread is not null)
        {
            _buffer.Write(",\"thread\":"u8);
            _buffer.WriteString(message.Thread);
        }
    }

    /// <summary>
    /// Lets a later stage write properties into the open object. A fresh (reset) writer without
    /// validation writes <c>"a":1,"b":2</c> at its top level; the comma before them is ours, and is
    /// taken back when the stage writes nothing.
    /// </summary>
    private void WriteExtra(Action<Utf8JsonWriter> extra)
    {
        var comma = _buffer.Length;
        _buffer.Write(","u8);
        var start = _buffer.Length;
        if (_extra is null)
        {
            _extra = new Utf8JsonWriter(_buffer, ExtraOptions);
        }
        else
        {
            _extra.Reset(_buffer);
        }

        extra(_extra);
        _extra.Flush();
        if (_buffer.Length == start)
        {
            _buffer.Truncate(comma);
        }
    }

    private void WriteBlock()
    {
        if (_buffer.Length == 0)
        {
            return;
        }

        _stream.Write(_buffer.Written);
        _buffer.Clear();
    }
}
