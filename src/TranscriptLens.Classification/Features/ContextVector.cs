using TranscriptLens.Core.Model;
using TranscriptLens.Core.Tagging;

namespace TranscriptLens.Classification.Features;

/// <summary>
/// Encodes a <see cref="MessageContext"/> as numbers in [0, 1]: the session-start rule, the gap (log
/// scale and a few thresholds), double texts and follow-ups, whether the previous message asked
/// something, the position in the current turn and the previous message's length.
/// </summary>
internal static class ContextVector
{
    /// <summary>Number of slots.</summary>
    public const int Size = 13;

    /// <summary>Slot names, in order (model card, ablation).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "first", "session-start", "gap-log", "gap<1m", "gap>=20m", "gap>=1h", "previous-same-sender", "follow-up",
        "previous-asked", "previous-media", "turn-position", "previous-words-log", "previous-empty",
    ];

    private static readonly double WeekLog = Math.Log(1 + (7 * 86400.0));

    /// <summary>Writes the context into <paramref name="target"/> (length <see cref="Size"/>).</summary>
    public static void Fill(MessageContext context, Span<float> target)
    {
        target.Clear();
        target[0] = context.IsFirst ? 1 : 0;
        target[1] = context.SessionStart ? 1 : 0;
        if (context.SecondsSincePrevious is { } seconds)
        {
            var s = Math.Max(0, seconds);
            target[2] = (float)Math.Min(1, Math.Log(1 + s) / WeekLog);
            target[3] = s < 60 ? 1 : 0;
            target[4] = s >= 1200 ? 1 : 0;
            target[5] = s >= 3600 ? 1 : 0;
        }

        target[6] = context.PreviousSameSender ? 1 : 0;
        target[7] = context.FollowUp ? 1 : 0;
        target[8] = context.PreviousAsked ? 1 : 0;
        target[9] = context.PreviousKind == MessageKind.Media && string.IsNullOrWhiteSpace(context.PreviousText) ? 1 : 0;
        target[10] = Math.Min(context.TurnPosition, 4) / 4f;
        target[11] = Scaled(TextShape.WordCount(context.PreviousText), 100);
        target[12] = string.IsNullOrWhiteSpace(context.PreviousText) ? 1 : 0;
    }

    /// <summary>log(1 + n) / log(1 + max), capped at 1.</summary>
    internal static float Scaled(int n, int max) => (float)Math.Min(1, Math.Log(1 + n) / Math.Log(1 + max));
}
