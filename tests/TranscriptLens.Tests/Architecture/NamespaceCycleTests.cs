using TranscriptLens.Classification.Tagging;
using TranscriptLens.Cli.Commands;
using TranscriptLens.Core.Model;

namespace TranscriptLens.Tests.Architecture;

/// <summary>
/// The namespaces inside each product assembly depend on each other one way only: no cycle, read
/// from the built assemblies (signatures and method bodies), so a new <c>using</c> that closes a
/// circle fails here with the namespaces and the types that cause it.
/// </summary>
public sealed class NamespaceCycleTests
{
    [Fact]
    public void Core_has_no_namespace_cycle() =>
        AssertNoCycle(NamespaceDependencyReader.Read(typeof(Message).Assembly.Location), []);

    [Fact]
    public void Classification_has_no_namespace_cycle() =>
        AssertNoCycle(NamespaceDependencyReader.Read(typeof(MlTaggerProvider).Assembly.Location), []);

    [Fact]
    public void The_cli_has_no_namespace_cycle() =>
        AssertNoCycle(NamespaceDependencyReader.Read(typeof(TrainCommand).Assembly.Location), []);

    [Fact]
    public void A_hand_made_cycle_is_found_and_named()
    {
        // A -> B -> C -> A is a cycle; D and E hang off it and are not part of it.
        var graph = NamespaceGraph.FromEdges(("A", "B"), ("B", "C"), ("C", "A"), ("C", "D"), ("D", "E"), ("A", "E"));

        var cycle = Assert.Single(graph.Cycles());
        Assert.Equal(["A", "B", "C"], cycle.Namespaces);
        Assert.Equal(["A", "B", "C", "A"], cycle.Path);
        var failure = Assert.ThrowsAny<Exception>(() => AssertNoCycle(graph, []));
        Assert.Contains("cycle among A, B, C", failure.Message, StringComparison.Ordinal);
        Assert.Contains("C -> A", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_allowed_cycle_is_allowed_only_as_it_is()
    {
        var known = new[] { new[] { "A", "B" } };

        AssertNoCycle(NamespaceGraph.FromEdges(("A", "B"), ("B", "A"), ("B", "C")), known);
        var grown = Assert.ThrowsAny<Exception>(() => AssertNoCycle(NamespaceGraph.FromEdges(("A", "B"), ("B", "C"), ("C", "A")), known));
        Assert.Contains("cycle among A, B, C", grown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_graph_without_a_cycle_has_none()
    {
        var graph = NamespaceGraph.FromEdges(("A", "B"), ("B", "C"), ("A", "C"), ("D", "D"));

        Assert.Empty(graph.Cycles());
    }

    [Fact]
    public void The_reader_sees_uses_inside_method_bodies()
    {
        // TrainingRun creates a LinearMessageTagger inside Run and CrossValidate only: no field,
        // signature or attribute names it, so this edge exists only if IL is read.
        var graph = NamespaceDependencyReader.Read(typeof(MlTaggerProvider).Assembly.Location);

        Assert.Contains("TranscriptLens.Classification.Tagging", graph.DependenciesOf("TranscriptLens.Classification.Training"));
        Assert.StartsWith("TranscriptLens.Classification.Training.TrainingRun", graph.Example("TranscriptLens.Classification.Training", "TranscriptLens.Classification.Tagging"), StringComparison.Ordinal);
    }

    [Fact]
    public void Compiler_generated_types_count_for_the_namespace_that_declares_them()
    {
        var graph = NamespaceDependencyReader.Read(typeof(MlTaggerProvider).Assembly.Location);

        Assert.All(graph.Namespaces, n => Assert.StartsWith("TranscriptLens.Classification.", n, StringComparison.Ordinal));
    }

    private static void AssertNoCycle(NamespaceGraph graph, IReadOnlyList<IReadOnlyList<string>> allowed)
    {
        var cycles = graph.Cycles()
            .Where(c => !allowed.Any(a => a.Order(StringComparer.Ordinal).SequenceEqual(c.Namespaces)))
            .Select(graph.Describe)
            .ToArray();
        if (cycles.Length > 0)
        {
            Assert.Fail($"namespaces depend on each other in a circle:{Environment.NewLine}{string.Join(Environment.NewLine, cycles)}");
        }
    }
}
