using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TranscriptLens.Classification.Tagging;

/// <summary>
/// The tagger's innermost loop: for every n-gram slot of a text, its row of ten weights (five
/// outputs as the own text, five as the previous text) times the slot's value, summed. The rows are
/// scattered over a 2.6 MB table, so the loop waits on memory: eight of the ten sums stay in one
/// vector register (the scalar version re-read and re-wrote all ten from memory for every slot,
/// which also kept the processor from running ahead to the next rows). Same operations in the same
/// order per output, so the same floats.
/// </summary>
internal static class WeightRows
{
    /// <summary>Weights per row.</summary>
    public const int Width = 10;

    /// <summary>Adds <c>values[i] × table[slots[i] × 10 .. + 10]</c> to <paramref name="sums"/> (ten floats).</summary>
    public static void Add(float[] table, ReadOnlySpan<int> slots, ReadOnlySpan<float> values, Span<float> sums)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            AddScalar(table, slots, values, sums);
            return;
        }

        ref var start = ref MemoryMarshal.GetArrayDataReference(table);
        var low = Vector256.Create<float>(sums[..8]);
        var eighth = sums[8];
        var ninth = sums[9];
        for (var i = 0; i < slots.Length; i++)
        {
            var row = RowStart(table, slots[i]);
            var value = values[i];
            low += Vector256.LoadUnsafe(ref start, row) * value;
            eighth += Unsafe.Add(ref start, row + 8) * value;
            ninth += Unsafe.Add(ref start, row + 9) * value;
        }

        low.CopyTo(sums);
        sums[8] = eighth;
        sums[9] = ninth;
    }

    private static void AddScalar(float[] table, ReadOnlySpan<int> slots, ReadOnlySpan<float> values, Span<float> sums)
    {
        for (var i = 0; i < slots.Length; i++)
        {
            var row = (int)RowStart(table, slots[i]);
            for (var k = 0; k < Width; k++)
            {
                sums[k] += table[row + k] * values[i];
            }
        }
    }

    // The one bounds check of a row: the unchecked loads above rely on it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nuint RowStart(float[] table, int slot)
    {
        var row = (nuint)(uint)slot * Width;
        if (row + Width > (nuint)table.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(slot), slot, "n-gram slot outside the weight table");
        }

        return row;
    }
}
