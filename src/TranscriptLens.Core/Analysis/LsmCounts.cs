using System.Runtime.CompilerServices;

namespace TranscriptLens.Core.Analysis;

/// <summary>Word counts per <see cref="LsmCategory"/>, kept inline in the per-session accumulators.</summary>
[InlineArray(Size)]
internal struct LsmCounts
{
    /// <summary>The number of categories.</summary>
    public const int Size = 9;

    private int _element;
}
