namespace TranscriptLens.Core.Diagnostics;

/// <summary>The user asked for something that cannot be done (missing file, unknown format or zone). Exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
