using TranscriptLens.Classification.Tagging;

namespace TranscriptLens.Tests.Architecture;

/// <summary>
/// The layers of the Classification project (issue #9): the runtime tagger needs the features and
/// the model files, never training; labelled data, evaluation and the model card sit below
/// training; training may use everything, and nothing in the project uses it. Read from the built
/// assembly like <see cref="NamespaceCycleTests"/>; a constant is copied by the compiler and leaves
/// no reference, which is why the model file names live beside the tagger rather than in training.
/// </summary>
public sealed class ClassificationLayeringTests
{
    private const string Root = "TranscriptLens.Classification.";

    private static readonly Lazy<NamespaceGraph> Graph = new(() => NamespaceDependencyReader.Read(typeof(MlTaggerProvider).Assembly.Location));

    [Fact]
    public void The_runtime_tagger_depends_only_on_the_features()
    {
        Assert.Equal([Root + "Features"], Graph.Value.DependenciesOf(Root + "Tagging"));
    }

    [Fact]
    public void Nothing_in_the_project_depends_on_training()
    {
        var users = Graph.Value.Namespaces.Where(n => Graph.Value.DependenciesOf(n).Contains(Root + "Training"));

        Assert.Empty(users);
    }

    [Fact]
    public void Evaluation_reads_labelled_data_without_training()
    {
        Assert.Equal([Root + "Data"], Graph.Value.DependenciesOf(Root + "Evaluation"));
    }
}
