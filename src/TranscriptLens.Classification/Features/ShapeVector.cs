using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Classification.Features;

/// <summary>Length, emoji and punctuation of a text as numbers in [0, 1]; depends on the text alone.</summary>
internal static class ShapeVector
{
    /// <summary>Number of slots.</summary>
    public const int Size = 12;

    /// <summary>Slot names, in order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "chars-log", "words-log", "question", "exclamation", "emoji", "emoji-only", "shouting", "ellipsis",
        "multi-line", "url", "number", "empty",
    ];

    /// <summary>Writes the shape of <paramref name="text"/> (already normalised by <see cref="ModelText"/>, so links read <c>xurl</c>) into <paramref name="target"/>.</summary>
    public static void Fill(string text, Span<float> target)
    {
        target.Clear();
        var words = TextShape.WordCount(text);
        target[0] = ContextVector.Scaled(text.Length, 1000);
        target[1] = ContextVector.Scaled(words, 200);
        target[2] = TextShape.AsksQuestion(text) ? 1 : 0;
        target[3] = text.Contains('!', StringComparison.Ordinal) ? 1 : 0;
        target[4] = Math.Min(TextShape.EmojiCount(text), 5) / 5f;
        target[5] = TextShape.IsEmojiOnly(text) ? 1 : 0;
        target[6] = TextShape.IsShouting(text) ? 1 : 0;
        target[7] = text.Contains("...", StringComparison.Ordinal) || text.Contains('…', StringComparison.Ordinal) ? 1 : 0;
        target[8] = text.Contains('\n', StringComparison.Ordinal) ? 1 : 0;
        target[9] = text.Contains("xurl", StringComparison.Ordinal) ? 1 : 0;
        target[10] = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 ? 1 : 0;
        target[11] = string.IsNullOrWhiteSpace(text) ? 1 : 0;
    }
}
