using System.Globalization;
using System.Reflection;

namespace TranscriptLens.Classification.Features;

/// <summary>
/// The lexicons embedded in this assembly (Lexicons/): VADER's valence list (MIT, C.J. Hutto) and
/// nine Empath categories (MIT, Ethan Fast). Loaded once; read-only afterwards, so thread-safe.
/// </summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Embedded = new(Load);

    private Lexicon(Dictionary<string, float> valence, Dictionary<string, int> categoryMask, IReadOnlyList<string> categories)
    {
        Valence = valence;
        CategoryMask = categoryMask;
        Categories = categories;
        ValenceBySpan = valence.GetAlternateLookup<ReadOnlySpan<char>>();
        CategoryBySpan = categoryMask.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shared instance.</summary>
    public static Lexicon Default => Embedded.Value;

    /// <summary>VADER mean valence (-4..4) by lowercase token (words, slang, emoticons).</summary>
    public IReadOnlyDictionary<string, float> Valence { get; }

    /// <summary>Bit i is set when the word is in Empath category <see cref="Categories"/>[i].</summary>
    public IReadOnlyDictionary<string, int> CategoryMask { get; }

    /// <summary><see cref="Valence"/> looked up by span (no string per token).</summary>
    internal Dictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> ValenceBySpan { get; }

    /// <summary><see cref="CategoryMask"/> looked up by span.</summary>
    internal Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> CategoryBySpan { get; }

    /// <summary>The Empath categories, in bit order.</summary>
    public IReadOnlyList<string> Categories { get; }

    private static Lexicon Load()
    {
        var valence = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var line in Lines("vader-valence.tsv"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                valence[line[..tab]] = float.Parse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }

        var mask = new Dictionary<string, int>(StringComparer.Ordinal);
        var categories = new List<string>();
        foreach (var line in Lines("empath-categories.tsv"))
        {
            var parts = line.Split('\t');
            var bit = 1 << categories.Count;
            categories.Add(parts[0]);
            foreach (var word in parts.Skip(1))
            {
                mask[word] = mask.GetValueOrDefault(word) | bit;
            }
        }

        return new Lexicon(valence, mask, categories);
    }

    private static IEnumerable<string> Lines(string name)
    {
        var assembly = typeof(Lexicon).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded lexicon {name} is missing");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }
}
