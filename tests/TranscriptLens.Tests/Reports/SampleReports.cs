using TranscriptLens.Core.Analysis;
using TranscriptLens.Core.Reports;

namespace TranscriptLens.Tests.Reports;

/// <summary>Reports built by the real analysis from <see cref="SyntheticCouple"/>.</summary>
internal static class SampleReports
{
    /// <summary>Names that must survive escaping: markup characters, quotes, RTL text and an emoji.</summary>
    public const string Tricky = "<b>Ana</b> & \"Co\" 'x'";

    /// <summary>An RTL name with an emoji.</summary>
    public const string Rtl = "נועה 🌙";

    /// <summary>A two-person chat over eight months, monthly timeline.</summary>
    public static AnalysisReport Couple(string first = "Ana", string second = "Noa") =>
        new ChatAnalyzer(AnalysisSettings.Default).Analyze(SyntheticCouple.Generate(first, second), "WhatsApp Chat with Noa.txt", "ml")[0];
}
