namespace TranscriptLens.Tests.Architecture;

/// <summary>
/// Tarjan's algorithm: splits a namespace graph into strongly connected components. A component of
/// two or more namespaces is a cycle; a namespace on no cycle is a component of its own.
/// </summary>
internal sealed class StronglyConnectedComponents
{
    private readonly NamespaceGraph _graph;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lowLink = new(StringComparer.Ordinal);
    private readonly Stack<string> _stack = new();
    private readonly HashSet<string> _onStack = new(StringComparer.Ordinal);
    private readonly List<List<string>> _components = [];

    private StronglyConnectedComponents(NamespaceGraph graph) => _graph = graph;

    /// <summary>The components of <paramref name="graph"/>, each an unordered list of namespaces.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(NamespaceGraph graph)
    {
        var search = new StronglyConnectedComponents(graph);
        foreach (var name in graph.Namespaces)
        {
            if (!search._index.ContainsKey(name))
            {
                search.Visit(name);
            }
        }

        return search._components;
    }

    // Recursive: namespace graphs are a few dozen nodes deep at most.
    private void Visit(string node)
    {
        _index[node] = _lowLink[node] = _index.Count;
        _stack.Push(node);
        _onStack.Add(node);
        foreach (var next in _graph.DependenciesOf(node))
        {
            if (!_index.ContainsKey(next))
            {
                Visit(next);
                _lowLink[node] = Math.Min(_lowLink[node], _lowLink[next]);
            }
            else if (_onStack.Contains(next))
            {
                _lowLink[node] = Math.Min(_lowLink[node], _index[next]);
            }
        }

        if (_lowLink[node] != _index[node])
        {
            return;
        }

        var component = new List<string>();
        string member;
        do
        {
            member = _stack.Pop();
            _onStack.Remove(member);
            component.Add(member);
        }
        while (member != node);
        _components.Add(component);
    }
}
