namespace TranscriptLens.Core.Analysis;

/// <summary>
/// An open-addressing hash table from function word to category bits, keyed by an FNV-1a hash the
/// tokenizer computes while it reads the characters: the LSM count of a million-message chat must
/// cost well under a tenth of a second, and a general dictionary lookup per token did not.
/// </summary>
internal sealed class FunctionWordTable
{
    /// <summary>FNV-1a offset basis: the hash of the empty word.</summary>
    public const uint EmptyHash = 2166136261;

    private readonly string?[] _words;
    private readonly uint[] _hashes;
    private readonly ushort[] _masks;
    private readonly int _slotMask;

    /// <summary>Builds the table from word → category bits.</summary>
    public FunctionWordTable(IReadOnlyDictionary<string, ushort> masks)
    {
        var size = 16;
        while (size < masks.Count * 4)
        {
            size *= 2;
        }

        _words = new string?[size];
        _hashes = new uint[size];
        _masks = new ushort[size];
        _slotMask = size - 1;
        foreach (var (word, mask) in masks)
        {
            var hash = Hash(word);
            var slot = Slot(hash);
            while (_words[slot] is not null)
            {
                slot = (slot + 1) & _slotMask;
            }

            _words[slot] = word;
            _hashes[slot] = hash;
            _masks[slot] = mask;
            MaxLength = Math.Max(MaxLength, word.Length);
        }
    }

    /// <summary>The longest word in the table.</summary>
    public int MaxLength { get; }

    /// <summary>Adds one character to a running FNV-1a hash.</summary>
    public static uint Step(uint hash, char c) => (hash ^ c) * 16777619;

    /// <summary>The FNV-1a hash of <paramref name="word"/>.</summary>
    public static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = EmptyHash;
        foreach (var c in word)
        {
            hash = Step(hash, c);
        }

        return hash;
    }

    /// <summary>The category bits of <paramref name="word"/> (whose hash is <paramref name="hash"/>), or 0.</summary>
    public ushort Lookup(ReadOnlySpan<char> word, uint hash)
    {
        for (var slot = Slot(hash); _words[slot] is { } candidate; slot = (slot + 1) & _slotMask)
        {
            if (_hashes[slot] == hash && candidate.AsSpan().SequenceEqual(word))
            {
                return _masks[slot];
            }
        }

        return 0;
    }

    private int Slot(uint hash) => (int)((hash ^ (hash >> 15)) & (uint)_slotMask);
}
