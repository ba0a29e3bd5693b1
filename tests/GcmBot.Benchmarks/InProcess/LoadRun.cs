using System.Diagnostics;
using GcmBot.Benchmarks.Measure;
using GcmBot.Core.Answers;

namespace GcmBot.Benchmarks.InProcess;

/// <summary>
/// The corpus load (read, parse, errata, integrity checks) and the index build: first cold, as at the
/// app's start (nothing JIT-compiled yet; run before anything else in this process), then warm.
/// </summary>
internal static class LoadRun
{
    public static LoadFigures Run(int repeats)
    {
        var started = Stopwatch.GetTimestamp();
        var corpus = BenchmarkCorpus.LoadCorpus();
        var coldLoad = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        started = Stopwatch.GetTimestamp();
        AnswerIndex.Build(corpus).Dispose();
        var coldBuild = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        Sampler.Repeat(2, () => AnswerIndex.Build(BenchmarkCorpus.LoadCorpus()).Dispose());
        return new LoadFigures(
            coldLoad,
            coldBuild,
            Sampler.Repeat(repeats, () => BenchmarkCorpus.LoadCorpus()),
            Sampler.Repeat(repeats, () => AnswerIndex.Build(corpus).Dispose()));
    }
}

internal sealed record LoadFigures(double ColdLoadMs, double ColdBuildMs, Latencies Load, Latencies Build);
