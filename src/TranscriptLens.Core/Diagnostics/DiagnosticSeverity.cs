namespace TranscriptLens.Core.Diagnostics;

/// <summary>How much a diagnostic matters.</summary>
public enum DiagnosticSeverity
{
    /// <summary>A decision worth knowing (detected variant, date order).</summary>
    Info,

    /// <summary>Data was repaired or could not be fully read; the rest is fine.</summary>
    Warning,

    /// <summary>Data was lost or the input is wrong.</summary>
    Error,
}
