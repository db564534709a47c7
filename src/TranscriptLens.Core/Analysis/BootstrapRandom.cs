namespace TranscriptLens.Core.Analysis;

/// <summary>
/// xoshiro256** (Blackman &amp; Vigna 2018) seeded through SplitMix64: a small, fast generator whose
/// sequence depends only on the seed, never on the .NET version, so a seeded bootstrap gives the
/// same interval everywhere.
/// </summary>
internal sealed class BootstrapRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Seeds the four state words from <paramref name="seed"/> with SplitMix64.</summary>
    public BootstrapRandom(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    /// <summary>A seed for one stream derived from the user's seed and stream coordinates (pair, period).</summary>
    public static ulong Derive(int seed, int pair, int period)
    {
        var state = (ulong)(uint)seed;
        state = SplitMix(ref state) ^ ((ulong)(uint)pair * 0xC2B2AE3D27D4EB4FUL);
        state = SplitMix(ref state) ^ ((ulong)(uint)(period + 1) * 0x165667B19E3779F9UL);
        return SplitMix(ref state);
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>) by Lemire's multiply-shift.</summary>
    public int Next(int bound) => (int)(((Next64() >> 32) * (ulong)(uint)bound) >> 32);

    /// <summary>The next 64 random bits.</summary>
    public ulong Next64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
