using BenchmarkDotNet.Running;
using GcmBot.Benchmarks;

// Default: the Stopwatch run (p50/p99 of index build and ask). "--bdn": BenchmarkDotNet instead.
if (args.Contains("--bdn"))
{
    BenchmarkRunner.Run<AnswerBenchmarks>(args: [.. args.Where(a => a != "--bdn")]);
}
else
{
    LatencyRun.Run(Console.Out, builds: 20, rounds: 20);
}
