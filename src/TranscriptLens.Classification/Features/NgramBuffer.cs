using Microsoft.ML.Data;

namespace TranscriptLens.Classification.Features;

/// <summary>
/// A reusable sparse vector under construction: slots are added one occurrence at a time, then each
/// block is sealed (sorted, duplicates summed, L2-normalised). One per thread; not thread-safe.
/// </summary>
public sealed class NgramBuffer
{
    private int[] _slots = new int[256];
    private float[] _values = new float[256];

    /// <summary>Entries in use.</summary>
    public int Count { get; private set; }

    /// <summary>The slots, sorted within each sealed block.</summary>
    public ReadOnlySpan<int> Slots => _slots.AsSpan(0, Count);

    /// <summary>The values, aligned with <see cref="Slots"/>.</summary>
    public ReadOnlySpan<float> Values => _values.AsSpan(0, Count);

    /// <summary>Empties the buffer.</summary>
    public void Clear() => Count = 0;

    /// <summary>Adds one occurrence of <paramref name="slot"/>.</summary>
    public void Add(int slot)
    {
        if (Count == _slots.Length)
        {
            Array.Resize(ref _slots, Count * 2);
            Array.Resize(ref _values, Count * 2);
        }

        _slots[Count] = slot;
        _values[Count] = 1;
        Count++;
    }

    /// <summary>Sorts the entries from <paramref name="start"/> on, sums duplicates and scales them to unit length.</summary>
    public void Seal(int start)
    {
        var n = Count - start;
        if (n <= 0)
        {
            return;
        }

        var slots = _slots.AsSpan(start, n);
        var values = _values.AsSpan(start, n);
        slots.Sort(values);
        var write = 0;
        for (var read = 0; read < n; read++)
        {
            if (write > 0 && slots[write - 1] == slots[read])
            {
                values[write - 1] += values[read];
            }
            else
            {
                slots[write] = slots[read];
                values[write] = values[read];
                write++;
            }
        }

        var norm = 0f;
        for (var i = 0; i < write; i++)
        {
            norm += values[i] * values[i];
        }

        var scale = 1 / MathF.Sqrt(norm);
        for (var i = 0; i < write; i++)
        {
            values[i] *= scale;
        }

        Count = start + write;
    }

    /// <summary>A copy as an ML.NET sparse vector of <paramref name="length"/> slots.</summary>
    public VBuffer<float> ToVBuffer(int length) =>
        new(length, Count, Values.ToArray(), Slots.ToArray());
}
