using BenchmarkDotNet.Running;

namespace TranscriptLens.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/TranscriptLens.Benchmarks -- --filter '*'</c>.</summary>
public static class BenchmarkProgram
{
    /// <summary>Runs the benchmarks chosen by <paramref name="args"/>.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
