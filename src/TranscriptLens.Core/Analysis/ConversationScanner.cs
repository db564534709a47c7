using TranscriptLens.Core.Model;
using TranscriptLens.Core.Reports;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Core.Analysis;

/// <summary>
/// The single streaming pass over one conversation's tagged messages (in time order). It cuts
/// sessions and turns, measures replies, follow-ups and bids as the messages go by, and keeps only
/// the per-session accumulators of a <see cref="SessionTable"/>. Definitions: docs/labels.md
/// and docs/metrics.md. Turns never cross a session boundary: a message after a lull opens a new
/// session and a new turn, even when the same person wrote last.
/// </summary>
internal sealed class ConversationScanner(AnalysisSettings settings)
{
    private readonly SessionRules _rules = settings.Sessions;
    private readonly SessionAccumulators _accumulators = new();
    private readonly List<SessionSummary> _sessions = [];
    private readonly Dictionary<DateOnly, int> _system = [];

    private bool _inSession;
    private ChatTime _sessionStart;
    private DateOnly _sessionPeriod;
    private int _sessionMessages;
    private int _sessionTurns;

    private long _lastTicks;
    private int _lastSender = -1;
    private ChatTime? _first;
    private ChatTime? _last;

    // The current turn, and the bids of the turn before it that the current turn answers.
    private int _turnSender = -1;
    private bool _turnEngaged;
    private int _turnBids;
    private int _previousSender = -1;
    private int _previousBids;

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

        var person = _accumulators.PersonIndex(message.Sender, _lastSender);
        var ticks = message.Timestamp.Ticks;

        // A message older than the one before (kept in file order by MessageOrdering) has gap 0.
        var gap = Math.Max(0, ticks - _lastTicks);
        if (_inSession && _rules.EndsSession(gap))
        {
            CloseSession();
        }

        var followUp = _rules.IsFollowUp(_lastSender == person, gap);
        if (!_inSession)
        {
            OpenSession(message.Timestamp);
            StartTurn(person);
            _accumulators.Stats(person).Initiated = 1;
        }
        else if (person != _turnSender)
        {
            var repliedTo = _turnSender;
            EndTurn();
            StartTurn(person);
            var seconds = gap / (double)TimeSpan.TicksPerSecond;
            _accumulators.Stats(person).Replies++;
            ref var dyad = ref _accumulators.Dyad(person, repliedTo);
            dyad.Replies++;
            dyad.SumLogLatency += Math.Log(1 + seconds);
            _accumulators.AddLatency(new LatencySample(person, repliedTo, seconds));
        }

        Count(tagged, person, followUp);
        _sessionMessages++;
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

        var (names, participants, dyads, latencies) = _accumulators.ToArrays();
        return new SessionTable
        {
            Names = names,
            Sessions = _sessions.ToArray(),
            Participants = participants,
            Dyads = dyads,
            Latencies = latencies,
            SystemMessagesByPeriod = new Dictionary<DateOnly, int>(_system),
            First = _first,
            Last = _last,
        };
    }

    private void Count(TaggedMessage tagged, int person, bool followUp)
    {
        var message = tagged.Message;
        ref var stats = ref _accumulators.Stats(person);
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
        _accumulators.OpenSession();
    }

    private void CloseSession()
    {
        // The last turn answers the one before it; its own bids found no answer in this session.
        EndTurn();
        if (_previousBids > 0)
        {
            _accumulators.Stats(_previousSender).BidsUnanswered += _previousBids;
        }

        var entries = _accumulators.CloseSession();
        _sessions.Add(new SessionSummary(
            _sessionStart, _last!.Value, _sessionPeriod, _sessionMessages, _sessionTurns,
            entries.ParticipantStart, entries.ParticipantCount,
            entries.DyadStart, entries.DyadCount,
            entries.LatencyStart, entries.LatencyCount));
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
        _accumulators.Stats(person).Turns++;
    }

    /// <summary>The current turn is complete: it answers the bids of the turn before it.</summary>
    private void EndTurn()
    {
        if (_previousBids > 0)
        {
            var toward = _turnEngaged ? _previousBids : 0;
            ref var dyad = ref _accumulators.Dyad(_turnSender, _previousSender);
            dyad.BidsReceived += _previousBids;
            dyad.BidsTurnedToward += toward;
            ref var stats = ref _accumulators.Stats(_turnSender);
            stats.BidsReceived += _previousBids;
            stats.BidsTurnedToward += toward;
        }

        _previousSender = _turnSender;
        _previousBids = _turnBids;
    }
}
