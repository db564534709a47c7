using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// The second pass: scans message boundaries (a header starts a message, every other line continues
/// it) and hands each finished message to header and body interpretation. Pull-based so that line
/// spans never cross a <c>yield</c>; holds one message at a time.
/// </summary>
internal sealed class WhatsAppMessageReader(TextReader text, string source, ExportProfile profile, DiagnosticBag diagnostics)
{
    /// <summary>Longest message text kept (WhatsApp's own limit is 65,536 characters).</summary>
    public const int MaxMessageChars = 1 << 20;

    private const int ReportedIndividually = 5;

    private readonly LineSplitter _lines = new(text);
    private readonly SenderNames _senders = new();
    private readonly TextAccumulator _body = new(MaxMessageChars);
    private readonly MessageStatistics _statistics = new();

    private bool _pending;
    private int _pendingLine;
    private DateTime _pendingTime;
    private string? _pendingSender;
    private bool _pendingMarked;
    private bool _pendingSystemAuthor;
    private int _index;
    private int _junkLines;
    private int _firstJunkLine;
    private int _invalidDates;
    private DateTime _lastDate;
    private (int Year, int Month, int Day) _lastDay;

    /// <summary>Reads the next message in file order; false at the end.</summary>
    public bool TryRead(out Message message)
    {
        try
        {
            return TryReadCore(out message);
        }
        catch (InvalidDataException e)
        {
            throw new InputFormatException(source, $"the archive could not be read: {e.Message}", _lines.LineNumber);
        }
    }

    private bool TryReadCore(out Message message)
    {
        while (_lines.ReadLine(out var line))
        {
            if (_lines.Truncated)
            {
                diagnostics.Warn(source, _lines.LineNumber,
                    $"line is longer than {_lines.MaxLineLength} characters; kept the first {_lines.MaxLineLength} and skipped the rest", new string(line[..80]), DiagnosticKind.Truncated);
            }

            if (TryReadHeader(line, out var header, out var time))
            {
                var finished = _pending ? Finish() : null;
                Begin(line, header, time);
                if (finished is not null)
                {
                    message = finished;
                    return true;
                }

                continue;
            }

            if (_pending)
            {
                _body.AppendLine(line);
            }
            else
            {
                ReportJunk(line);
            }
        }

        if (_pending)
        {
            message = Finish();
            _pending = false;
            return true;
        }

        Complete();
        message = null!;
        return false;
    }

    private bool TryReadHeader(ReadOnlySpan<char> line, out HeaderMatch header, out DateTime time)
    {
        time = default;
        if (!HeaderMatcher.TryMatch(line, out header) || !profile.Accepts(header.Layout))
        {
            return false;
        }

        if (!profile.Dates.TryGetDate(header, out var year, out var month, out var day))
        {
            if (++_invalidDates <= ReportedIndividually)
            {
                diagnostics.Warn(source, _lines.LineNumber,
                    "looks like a message header but its date is impossible under the file's day/month order; kept as text of the previous message", new string(line), DiagnosticKind.Repaired);
            }

            return false;
        }

        if (_lastDay != (year, month, day))
        {
            _lastDay = (year, month, day);
            _lastDate = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        }

        time = _lastDate.AddTicks((header.Hour24 * TimeSpan.TicksPerHour) + (header.Minute * TimeSpan.TicksPerMinute) + (header.Second * TimeSpan.TicksPerSecond));
        return true;
    }

    private void Begin(ReadOnlySpan<char> line, in HeaderMatch header, DateTime time)
    {
        if (!_pending && _junkLines > ReportedIndividually)
        {
            diagnostics.Warn(source, _firstJunkLine,
                $"{_junkLines} line(s) before the first message header are not part of any message (the first {ReportedIndividually} are listed)",
                kind: DiagnosticKind.Skipped, occurrences: _junkLines - ReportedIndividually);
        }

        _pending = true;
        _pendingLine = _lines.LineNumber;
        _pendingTime = time;
        _body.Clear();
        var body = line[header.BodyStart..];
        if (AuthorSplitter.TrySplit(body, out var authorEnd, out var textStart))
        {
            _pendingSender = _senders.Get(body[..authorEnd]);
            _pendingSystemAuthor = profile.SystemAuthors.Count > 0 && profile.SystemAuthors.Contains(_pendingSender);
            var rest = body[textStart..];
            _pendingMarked = !rest.IsEmpty && InvisibleChars.Is(rest[0]);
            _body.Append(rest);
        }
        else
        {
            _pendingSender = null;
            _pendingSystemAuthor = false;
            _pendingMarked = false;
            _body.Append(body);
        }
    }

    private Message Finish()
    {
        if (_body.Truncated)
        {
            diagnostics.Warn(source, _pendingLine, $"message is longer than {MaxMessageChars} characters; the rest of it was dropped", kind: DiagnosticKind.Truncated);
        }

        var body = BodyClassifier.Classify(_body.Text, _pendingSender is not null, _pendingSystemAuthor, _pendingMarked);
        var sender = body.Kind == MessageKind.System ? null : _pendingSender;
        var message = new Message(_index++, ChatTime.Naive(_pendingTime), sender, body.Text, body.Kind)
        {
            Attachment = body.Attachment,
            Edited = body.Edited,
            Line = _pendingLine,
        };
        _statistics.Add(message);
        return message;
    }

    private void ReportJunk(ReadOnlySpan<char> line)
    {
        if (line.Trim().IsEmpty)
        {
            return;
        }

        if (_junkLines++ == 0)
        {
            _firstJunkLine = _lines.LineNumber;
        }

        if (_junkLines <= ReportedIndividually)
        {
            diagnostics.Warn(source, _lines.LineNumber, "text before the first message header is not part of any message", new string(line[..Math.Min(line.Length, 200)]), DiagnosticKind.Skipped);
        }
    }

    private void Complete()
    {
        if (_invalidDates > ReportedIndividually)
        {
            diagnostics.Warn(source, null, $"{_invalidDates} header-like line(s) in all had impossible dates and were kept as message text",
                kind: DiagnosticKind.Repaired, occurrences: _invalidDates - ReportedIndividually);
        }

        diagnostics.Info(source, null, _statistics.Describe(_lines.LineNumber, profile.Layout == HeaderLayout.Android && _lines.LineNumber >= 39_000));
    }
}
