namespace TranscriptLens.Tests.Architecture;

/// <summary>
/// Namespaces that depend on each other in a circle: one strongly connected component of the
/// namespace graph, with one closed path through it to show in a failure message.
/// </summary>
/// <param name="Namespaces">Every namespace of the component, in ordinal order.</param>
/// <param name="Path">A shortest closed path from the first namespace back to itself (first and last entries equal).</param>
internal sealed record NamespaceCycle(IReadOnlyList<string> Namespaces, IReadOnlyList<string> Path);
