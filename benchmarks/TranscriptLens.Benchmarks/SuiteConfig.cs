using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace TranscriptLens.Benchmarks;

/// <summary>
/// The job every stage benchmark runs with: one process, one warm-up and three measured operations,
/// each operation a whole history (0.1–15 s), so the suite fits in minutes on a 2-core machine.
/// The runtime settings of the CLI (TranscriptLens.Cli.csproj): workstation, non-concurrent GC, and
/// methods compiled optimized at once (no tier 0), so one warm-up operation is enough and the figures
/// are those of the code the CLI runs. Few iterations mean wide error bars: the README reports the
/// mean and the standard deviation, and the load average at the time.
/// </summary>
public sealed class SuiteConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public SuiteConfig()
    {
        AddJob(Job.Default
            .WithId("Suite")
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithGcServer(false)
            .WithGcConcurrent(false)
            .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TC_QuickJit", "0")));
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}
