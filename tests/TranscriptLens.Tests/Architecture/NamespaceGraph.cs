namespace TranscriptLens.Tests.Architecture;

/// <summary>
/// Namespaces and which depends on which, each dependency with one example of the code that causes
/// it, so a failure names the types to look at. A namespace's dependency on itself is not kept.
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly SortedDictionary<string, SortedDictionary<string, string>> _edges = new(StringComparer.Ordinal);

    /// <summary>Every namespace seen, in ordinal order.</summary>
    public IEnumerable<string> Namespaces => _edges.Keys;

    /// <summary>A graph from a hand-made edge list (tests of the cycle finder).</summary>
    public static NamespaceGraph FromEdges(params (string From, string To)[] edges)
    {
        var graph = new NamespaceGraph();
        foreach (var (from, to) in edges)
        {
            graph.Add(from, to, $"{from} -> {to}");
        }

        return graph;
    }

    /// <summary>Records a namespace, with or without dependencies.</summary>
    public void AddNamespace(string name)
    {
        if (!_edges.ContainsKey(name))
        {
            _edges[name] = new SortedDictionary<string, string>(StringComparer.Ordinal);
        }
    }

    /// <summary>Records that <paramref name="from"/> depends on <paramref name="to"/>; the first example is kept.</summary>
    public void Add(string from, string to, string example)
    {
        AddNamespace(from);
        AddNamespace(to);
        if (from != to)
        {
            _edges[from].TryAdd(to, example);
        }
    }

    /// <summary>The namespaces <paramref name="name"/> depends on.</summary>
    public IReadOnlyCollection<string> DependenciesOf(string name) =>
        _edges.TryGetValue(name, out var targets) ? targets.Keys : [];

    /// <summary>The example recorded for the dependency, or null when there is none.</summary>
    public string? Example(string from, string to) =>
        _edges.TryGetValue(from, out var targets) && targets.TryGetValue(to, out var example) ? example : null;

    /// <summary>
    /// Every cycle: the strongly connected components of two or more namespaces, each with a shortest closed path through its first namespace.
    /// </summary>
    public IReadOnlyList<NamespaceCycle> Cycles() => StronglyConnectedComponents.Of(this)
        .Where(c => c.Count > 1)
        .Select(c => c.Order(StringComparer.Ordinal).ToArray())
        .Select(c => new NamespaceCycle(c, ShortestLoop(c[0], c.ToHashSet(StringComparer.Ordinal))))
        .OrderBy(c => c.Namespaces[0], StringComparer.Ordinal)
        .ToArray();

    /// <summary>One line per cycle: the path, then the example behind each step.</summary>
    public string Describe(NamespaceCycle cycle)
    {
        var steps = cycle.Path.Zip(cycle.Path.Skip(1), (from, to) => $"    {from} -> {to}: {Example(from, to)}");
        return $"cycle among {string.Join(", ", cycle.Namespaces)}:{Environment.NewLine}{string.Join(Environment.NewLine, steps)}";
    }

    // Breadth-first inside the component, so the path shown is as short as it can be.
    private List<string> ShortestLoop(string start, HashSet<string> component)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var next in DependenciesOf(current).Where(component.Contains))
            {
                if (next == start)
                {
                    var path = new List<string> { start };
                    for (var at = current; at != start; at = previous[at])
                    {
                        path.Add(at);
                    }

                    path.Add(start);
                    path.Reverse();
                    return path;
                }

                if (previous.TryAdd(next, current))
                {
                    queue.Enqueue(next);
                }
            }
        }

        throw new InvalidOperationException($"{start} is not on a cycle");
    }
}
