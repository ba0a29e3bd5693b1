using BenchmarkDotNet.Attributes;
using GcmBot.Benchmarks.InProcess;

namespace GcmBot.Benchmarks;

/// <summary>BenchmarkDotNet view of "objective N" routed and rendered for each surface.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ObjectiveBenchmarks
{
    private AppServices _app = null!;

    [Params(1, 13, 23)]
    public int Objective { get; set; }

    [GlobalSetup]
    public void Setup() => _app = new AppServices();

    [GlobalCleanup]
    public void Cleanup() => _app.Dispose();

    [Benchmark(Baseline = true)]
    public object Route() => ObjectiveRun.Route(_app, $"objective {Objective}");

    [Benchmark]
    public int RouteAndDiscord() => ObjectiveRun.Discord(_app, ObjectiveRun.Route(_app, $"objective {Objective}"));

    [Benchmark]
    public int RouteAndTeams() => ObjectiveRun.Teams(_app, ObjectiveRun.Route(_app, $"objective {Objective}"));
}
