using Microsoft.ML.Data;

namespace TranscriptLens.Classification.Features;

/// <summary>
/// A reusable sparse vector under construction: slots are added one occurrence at a time (a repeated
/// slot is counted in place, found through a small open-addressing table, so no sorting is needed),
/// then each block is sealed (scaled to unit L2 length). One per thread; not thread-safe.
/// </summary>
internal sealed class NgramBuffer
{
    private int[] _slots = new int[256];
    private float[] _values = new float[256];
    private int[] _table = new int[512];
    private int[] _stamps = new int[512];
    private int _generation = 1;

    /// <summary>Entries in use.</summary>
    public int Count { get; private set; }

    /// <summary>The slots, in order of first occurrence.</summary>
    public ReadOnlySpan<int> Slots => _slots.AsSpan(0, Count);

    /// <summary>The values, aligned with <see cref="Slots"/>.</summary>
    public ReadOnlySpan<float> Values => _values.AsSpan(0, Count);

    /// <summary>Empties the buffer.</summary>
    public void Clear()
    {
        Count = 0;
        if (++_generation == int.MaxValue)
        {
            Array.Clear(_stamps);
            _generation = 1;
        }
    }

    /// <summary>Adds one occurrence of <paramref name="slot"/>.</summary>
    public void Add(int slot)
    {
        if (2 * (Count + 1) > _table.Length)
        {
            Grow();
        }

        var mask = _table.Length - 1;
        var probe = (int)((uint)slot * 0x9E3779B1u >> 7) & mask;
        while (_stamps[probe] == _generation)
        {
            var entry = _table[probe];
            if (_slots[entry] == slot)
            {
                _values[entry] += 1;
                return;
            }

            probe = (probe + 1) & mask;
        }

        _stamps[probe] = _generation;
        _table[probe] = Count;
        _slots[Count] = slot;
        _values[Count] = 1;
        Count++;
    }

    /// <summary>Scales the entries from <paramref name="start"/> on to unit length.</summary>
    public void Seal(int start)
    {
        var norm = 0f;
        for (var i = start; i < Count; i++)
        {
            norm += _values[i] * _values[i];
        }

        if (norm == 0)
        {
            return;
        }

        var scale = 1 / MathF.Sqrt(norm);
        for (var i = start; i < Count; i++)
        {
            _values[i] *= scale;
        }
    }

    /// <summary>A sorted copy as an ML.NET sparse vector of <paramref name="length"/> slots.</summary>
    public VBuffer<float> ToVBuffer(int length)
    {
        var slots = Slots.ToArray();
        var values = Values.ToArray();
        Array.Sort(slots, values);
        return new VBuffer<float>(length, Count, values, slots);
    }

    private void Grow()
    {
        var size = _table.Length * 2;
        Array.Resize(ref _slots, size);
        Array.Resize(ref _values, size);
        _table = new int[size * 2];
        _stamps = new int[size * 2];
        _generation = 1;
        var mask = _table.Length - 1;
        for (var entry = 0; entry < Count; entry++)
        {
            var probe = (int)((uint)_slots[entry] * 0x9E3779B1u >> 7) & mask;
            while (_stamps[probe] == _generation)
            {
                probe = (probe + 1) & mask;
            }

            _stamps[probe] = _generation;
            _table[probe] = entry;
        }
    }
}
