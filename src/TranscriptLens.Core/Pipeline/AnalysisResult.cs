using TranscriptLens.Core.Diagnostics;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Core.Pipeline;

/// <summary>What <see cref="TranscriptAnalysis.Run"/> returns: one report per conversation, and what the stages noticed on the way.</summary>
/// <param name="Reports">One report per conversation, in order of each conversation's first message (at least one).</param>
/// <param name="Diagnostics">Everything the stages reported: lines skipped, repairs, assumptions.</param>
public sealed record AnalysisResult(IReadOnlyList<AnalysisReport> Reports, DiagnosticBag Diagnostics)
{
    /// <summary>The messages counted over every report.</summary>
    public int Messages => Reports.Sum(r => r.Totals.Messages);
}
