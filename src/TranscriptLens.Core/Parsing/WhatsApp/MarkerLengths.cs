namespace TranscriptLens.Core.Parsing.WhatsApp;

/// <summary>
/// The lengths a set of fixed markers can have, as a bit set: most message bodies are rejected by
/// their length before any hashing (this runs for every message).
/// </summary>
internal sealed class MarkerLengths
{
    private readonly ulong[] _bits;

    /// <summary>Collects the lengths of <paramref name="markers"/>.</summary>
    public MarkerLengths(IEnumerable<string> markers)
    {
        var lengths = markers.Select(m => m.Length).ToList();
        _bits = new ulong[(lengths.Max() / 64) + 1];
        foreach (var length in lengths)
        {
            _bits[length / 64] |= 1UL << (length % 64);
        }
    }

    /// <summary>True when some marker has <paramref name="length"/> characters.</summary>
    public bool Contains(int length) => (uint)(length / 64) < (uint)_bits.Length && (_bits[length / 64] & (1UL << (length % 64))) != 0;
}
