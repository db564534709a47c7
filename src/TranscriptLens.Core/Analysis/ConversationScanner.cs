using System.Runtime.InteropServices;
using TranscriptLens.Core.Model;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Core.Analysis;

/// <summary>
/// The single streaming pass over one conversation's tagged messages (in time order). It cuts
/// sessions and turns, measures replies, follow-ups and bids as the messages go by, and keeps only
/// the per-session accumulators of a <see cref="SessionTable"/>. Definitions: ../shared/LABELS.md
/// and docs/metrics.md. Turns never cross a session boundary: a message after a lull opens a new
/// session and a new turn, even when the same person wrote last.
/// </summary>
internal sealed class ConversationScanner(AnalysisSettings settings)
{
    private readonly long _sessionGap = settings.SessionGap.Ticks;
    private readonly long _followUpGap = settings.FollowUpGap.Ticks;
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _people = new(StringComparer.Ordinal);
    private readonly List<SessionSummary> _sessions = [];
    private readonly List<ParticipantSessionStats> _participants = [];
    private readonly List<DyadSessionStats> _dyads = [];
    private readonly List<LatencySample> _latencies = [];
    private readonly Dictionary<DateOnly, int> _system = [];
    private readonly Dictionary<long, int> _dyadSlots = [];
    private readonly List<int> _touched = [];
    private int[] _slots = [];

    private bool _inSession;
    private ChatTime _sessionStart;
    private DateOnly _sessionPeriod;
    private int _sessionMessages;
    private int _sessionTurns;
    private int _participantStart;
    private int _dyadStart;
    private int _latencyStart;

    private long _lastTicks;
    private int _lastSender = -1;
    private ChatTime? _first;
    private ChatTime? _last;

    private int _turnSender = -1;
    private bool _turnEngaged;
    private int _turnBids;
    private int _previousSender = -1;
    private int _previousBids;

    /// <summary>Counted messages so far.</summary>
    public long Messages { get; private set; }

    /// <summary>Takes the next message of the conversation.</summary>
    public void Add(TaggedMessage tagged)
    {
        var message = tagged.Message;
        if (message.Kind == MessageKind.System || message.Sender is null)
        {
            var period = PeriodCalendar.Start(DateOnly.FromDateTime(message.Timestamp.Clock), settings.Period);
            _system[period] = _system.GetValueOrDefault(period) + 1;
            return;
        }

        var person = PersonIndex(message.Sender);
        var ticks = message.Timestamp.Ticks;

        // A message older than the one before (kept in file order by MessageOrdering) has gap 0.
        var gap = Math.Max(0, ticks - _lastTicks);
        if (_inSession && gap > _sessionGap)
        {
            CloseSession();
        }

        var followUp = _lastSender == person && gap >= _followUpGap;
        if (!_inSession)
        {
            OpenSession(message.Timestamp);
            StartTurn(person);
            Stats(person).Initiated = 1;
        }
        else if (person != _turnSender)
        {
            var repliedTo = _turnSender;
            EndTurn();
            StartTurn(person);
            var seconds = gap / (double)TimeSpan.TicksPerSecond;
            var logLatency = Math.Log(1 + seconds);
            Stats(person).Replies++;
            ref var dyad = ref Dyad(person, repliedTo);
            dyad.Replies++;
            dyad.SumLogLatency += logLatency;
            _latencies.Add(new LatencySample(person, repliedTo, seconds));
        }

        Count(tagged, person, followUp);
        _sessionMessages++;
        Messages++;
        _lastTicks = ticks;
        _lastSender = person;
        _first ??= message.Timestamp;
        _last = message.Timestamp;
    }

    /// <summary>Closes the last session and hands over the table.</summary>
    public SessionTable Finish()
    {
        if (_inSession)
        {
            CloseSession();
        }

        return new SessionTable
        {
            Names = _names.ToArray(),
            Sessions = _sessions.ToArray(),
            Participants = _participants.ToArray(),
            Dyads = _dyads.ToArray(),
            Latencies = _latencies.ToArray(),
            SystemMessagesByPeriod = new Dictionary<DateOnly, int>(_system),
            First = _first,
            Last = _last,
        };
    }

    private void Count(TaggedMessage tagged, int person, bool followUp)
    {
        var message = tagged.Message;
        ref var stats = ref Stats(person);
        stats.Messages++;
        if (followUp)
        {
            stats.FollowUps++;
        }

        if (message.Kind == MessageKind.Deleted)
        {
            stats.Deleted++;
            return;
        }

        if (message.Kind == MessageKind.Media)
        {
            stats.Media++;
        }

        if (tagged.Tags is { } tags)
        {
            if (tags.Initiating)
            {
                stats.Initiating++;
            }

            switch (tags.Engagement)
            {
                case Engagement.Explaining: stats.Explaining++; _turnEngaged = true; break;
                case Engagement.Minimal: stats.Minimal++; break;
                case Engagement.Deflecting: stats.Deflecting++; break;
                default: stats.Neutral++; _turnEngaged = true; break;
            }
        }

        if (BidRule.IsBid(message, tagged.Tags))
        {
            stats.BidsMade++;
            _turnBids++;
        }

        TextWords.Count(message.Text, ref stats);
    }

    private void OpenSession(ChatTime start)
    {
        _inSession = true;
        _sessionStart = start;
        _sessionPeriod = PeriodCalendar.Start(DateOnly.FromDateTime(start.Clock), settings.Period);
        _sessionMessages = 0;
        _sessionTurns = 0;
        _participantStart = _participants.Count;
        _dyadStart = _dyads.Count;
        _latencyStart = _latencies.Count;
    }

    private void CloseSession()
    {
        // The last turn answers the one before it; its own bids found no answer in this session.
        EndTurn();
        if (_previousBids > 0)
        {
            Stats(_previousSender).BidsUnanswered += _previousBids;
        }

        _sessions.Add(new SessionSummary(
            _sessionStart, _last!.Value, _sessionPeriod, _sessionMessages, _sessionTurns,
            _participantStart, _participants.Count - _participantStart,
            _dyadStart, _dyads.Count - _dyadStart,
            _latencyStart, _latencies.Count - _latencyStart));

        foreach (var person in _touched)
        {
            _slots[person] = -1;
        }

        _touched.Clear();
        _dyadSlots.Clear();
        _inSession = false;
        _turnSender = -1;
        _previousSender = -1;
        _previousBids = 0;
    }

    private void StartTurn(int person)
    {
        _turnSender = person;
        _turnEngaged = false;
        _turnBids = 0;
        _sessionTurns++;
        Stats(person).Turns++;
    }

    /// <summary>The current turn is complete: it answers the bids of the turn before it.</summary>
    private void EndTurn()
    {
        if (_previousBids > 0)
        {
            var toward = _turnEngaged ? _previousBids : 0;
            ref var dyad = ref Dyad(_turnSender, _previousSender);
            dyad.BidsReceived += _previousBids;
            dyad.BidsTurnedToward += toward;
            ref var stats = ref Stats(_turnSender);
            stats.BidsReceived += _previousBids;
            stats.BidsTurnedToward += toward;
        }

        _previousSender = _turnSender;
        _previousBids = _turnBids;
    }

    private int PersonIndex(string name)
    {
        // Most messages come from the person who wrote the one before (or the one before that).
        if (_lastSender >= 0 && string.Equals(_names[_lastSender], name, StringComparison.Ordinal))
        {
            return _lastSender;
        }

        if (_people.TryGetValue(name, out var index))
        {
            return index;
        }

        index = _names.Count;
        _names.Add(name);
        _people.Add(name, index);
        if (_slots.Length <= index)
        {
            var grown = new int[Math.Max(4, _slots.Length * 2)];
            Array.Fill(grown, -1);
            _slots.CopyTo(grown, 0);
            _slots = grown;
        }

        return index;
    }

    /// <summary>This session's accumulator of <paramref name="person"/> (the reference is valid until the next new entry).</summary>
    private ref ParticipantSessionStats Stats(int person)
    {
        var slot = _slots[person];
        if (slot < 0)
        {
            slot = _participants.Count;
            _participants.Add(new ParticipantSessionStats { Person = person });
            _slots[person] = slot;
            _touched.Add(person);
        }

        return ref CollectionsMarshal.AsSpan(_participants)[slot];
    }

    private ref DyadSessionStats Dyad(int actor, int partner)
    {
        var key = ((long)actor << 32) | (uint)partner;
        if (!_dyadSlots.TryGetValue(key, out var slot))
        {
            slot = _dyads.Count;
            _dyads.Add(new DyadSessionStats { Actor = actor, Partner = partner });
            _dyadSlots.Add(key, slot);
        }

        return ref CollectionsMarshal.AsSpan(_dyads)[slot];
    }
}
