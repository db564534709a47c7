using System.Runtime.InteropServices;

namespace TranscriptLens.Core.Analysis;

/// <summary>
/// The growing flat lists behind a <see cref="SessionTable"/>: participants by name, and per session
/// one <see cref="ParticipantSessionStats"/> per person who wrote, one <see cref="DyadSessionStats"/>
/// per (replier, replied-to) pair, and the reply latencies. Entries of the open session are found
/// through small slot maps that are reset when the session closes.
/// </summary>
internal sealed class SessionAccumulators
{
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _people = new(StringComparer.Ordinal);
    private readonly List<ParticipantSessionStats> _participants = [];
    private readonly List<DyadSessionStats> _dyads = [];
    private readonly List<LatencySample> _latencies = [];
    private readonly Dictionary<long, int> _dyadSlots = [];
    private readonly List<int> _touched = [];
    private int[] _slots = [];
    private int _participantStart;
    private int _dyadStart;
    private int _latencyStart;

    /// <summary>Participants in order of their first message.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>
    /// The index of the participant called <paramref name="name"/>, adding them when new;
    /// <paramref name="likely"/> (the previous sender) is checked first because it usually matches.
    /// </summary>
    public int PersonIndex(string name, int likely)
    {
        if (likely >= 0 && string.Equals(_names[likely], name, StringComparison.Ordinal))
        {
            return likely;
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

    /// <summary>Starts the entries of a new session.</summary>
    public void OpenSession()
    {
        _participantStart = _participants.Count;
        _dyadStart = _dyads.Count;
        _latencyStart = _latencies.Count;
    }

    /// <summary>Ends the open session's entries and returns where they sit in the flat lists.</summary>
    public (int ParticipantStart, int ParticipantCount, int DyadStart, int DyadCount, int LatencyStart, int LatencyCount) CloseSession()
    {
        foreach (var person in _touched)
        {
            _slots[person] = -1;
        }

        _touched.Clear();
        _dyadSlots.Clear();
        return (_participantStart, _participants.Count - _participantStart,
            _dyadStart, _dyads.Count - _dyadStart,
            _latencyStart, _latencies.Count - _latencyStart);
    }

    /// <summary>The open session's accumulator of <paramref name="person"/> (valid until the next new entry).</summary>
    public ref ParticipantSessionStats Stats(int person)
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

    /// <summary>The open session's accumulator of <paramref name="actor"/> answering <paramref name="partner"/>.</summary>
    public ref DyadSessionStats Dyad(int actor, int partner)
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

    /// <summary>Records one reply's latency.</summary>
    public void AddLatency(LatencySample sample) => _latencies.Add(sample);

    /// <summary>Copies the lists into the table's arrays.</summary>
    public (string[] Names, ParticipantSessionStats[] Participants, DyadSessionStats[] Dyads, LatencySample[] Latencies) ToArrays() =>
        (_names.ToArray(), _participants.ToArray(), _dyads.ToArray(), _latencies.ToArray());
}
