using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing;

/// <summary>
/// Delivers messages in time order, numbered from 0 per conversation, without holding a whole
/// history: a bounded reorder window sorts the local disorder real exports have (WhatsApp writes
/// some lines a minute out of order, wacp #247) stably, so equal times keep file order. A message
/// older than what has already left the window is kept where it is and reported.
/// Sources with several conversations deliver them either interleaved (CSV) or one after another
/// (a Telegram full export, an SMS backup thread by thread): "older than delivered" is judged per
/// conversation, and the window is flushed when a conversation appears for the first time, so a
/// second chat that is older than the first is neither reported nor dragged through the window.
/// </summary>
public static class MessageOrdering
{
    /// <summary>Messages held back to reorder; a few seconds of history in any real chat.</summary>
    public const int DefaultWindow = 4096;

    /// <summary>Orders and numbers <paramref name="messages"/>.</summary>
    public static IEnumerable<Message> Order(
        IEnumerable<Message> messages, string source, DiagnosticBag diagnostics, int window = DefaultWindow)
    {
        // buffer[head..] is the window, sorted by time; head advances instead of RemoveAt(0). Each entry
        // keeps the message's time and index beside it: a message leaves the window thousands of
        // messages after it entered, long out of the CPU cache, and is then only touched if renumbered.
        var buffer = new List<(long Ticks, int Index, Message Message, ConversationCursor Cursor)>();
        var head = 0;
        var cursors = new Dictionary<string, ConversationCursor>(StringComparer.Ordinal);
        string? lastKey = null;
        ConversationCursor? lastCursor = null;
        var moved = 0;
        var beyond = 0;

        foreach (var message in messages)
        {
            var ticks = message.Timestamp.Ticks;
            var key = message.Conversation ?? string.Empty;
            if (!ReferenceEquals(key, lastKey) && !cursors.TryGetValue(key, out lastCursor))
            {
                for (var i = head; i < buffer.Count; i++)
                {
                    yield return Deliver(buffer[i]);
                }

                buffer.Clear();
                head = 0;
                lastCursor = new ConversationCursor();
                cursors.Add(key, lastCursor);
            }

            lastKey = key;
            var cursor = lastCursor!;
            if (ticks < cursor.LastDelivered)
            {
                beyond++;
                if (beyond <= 5)
                {
                    diagnostics.Warn(source, message.Line,
                        "message is older than messages already delivered (out of order by more than the reorder window); kept in file order",
                        kind: DiagnosticKind.OutOfOrder);
                }

                yield return Number(message, cursor);
                continue;
            }

            var position = buffer.Count;
            while (position > head && buffer[position - 1].Ticks > ticks)
            {
                position--;
            }

            if (position == buffer.Count)
            {
                buffer.Add((ticks, message.Index, message, cursor));
            }
            else
            {
                moved++;
                buffer.Insert(position, (ticks, message.Index, message, cursor));
            }

            if (buffer.Count - head > window)
            {
                yield return Deliver(buffer[head++]);
                if (head >= window)
                {
                    buffer.RemoveRange(0, head);
                    head = 0;
                }
            }
        }

        for (var i = head; i < buffer.Count; i++)
        {
            yield return Deliver(buffer[i]);
        }

        if (moved > 0)
        {
            diagnostics.Info(source, null, $"{moved} message(s) were out of time order in the file and were sorted (stable)");
        }

        if (beyond > 5)
        {
            diagnostics.Warn(source, null, $"{beyond} message(s) in all were out of order beyond the reorder window",
                kind: DiagnosticKind.OutOfOrder, occurrences: beyond - 5);
        }
    }

    private static Message Deliver((long Ticks, int Index, Message Message, ConversationCursor Cursor) entry)
    {
        entry.Cursor.LastDelivered = entry.Ticks;
        var index = entry.Cursor.NextIndex++;
        return entry.Index == index ? entry.Message : entry.Message with { Index = index };
    }

    private static Message Number(Message message, ConversationCursor cursor)
    {
        var index = cursor.NextIndex++;
        return message.Index == index ? message : message with { Index = index };
    }
}
