namespace TranscriptLens.Core.Diagnostics;

/// <summary>A model file is missing or cannot be loaded. The CLI reports it in one line with exit code 4.</summary>
public sealed class ModelLoadException(string message, Exception? inner = null) : Exception(message, inner);
