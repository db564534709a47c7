namespace TranscriptLens.Core.Reports;

/// <summary>Whether there is enough data behind a composite score to report it as a number.</summary>
public enum DataSufficiency
{
    /// <summary>Enough sessions and messages: the composite and its interval are reported.</summary>
    Sufficient,

    /// <summary>Too few sessions or messages: the composite and its interval are null, never a fake number.</summary>
    InsufficientData,
}
