namespace TranscriptLens.Classification.Data;

/// <summary>A training data file as the model card records it.</summary>
/// <param name="Name">File name.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the file's bytes.</param>
/// <param name="Messages">Labelled messages read from it.</param>
public sealed record DataFile(string Name, string Sha256, int Messages);
