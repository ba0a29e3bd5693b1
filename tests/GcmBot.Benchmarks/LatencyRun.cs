using System.Diagnostics;
using System.Globalization;
using GcmBot.Core.Answers;

namespace GcmBot.Benchmarks;

/// <summary>
/// A plain Stopwatch measurement (BenchmarkDotNet has no p99 column): index build time over many
/// builds, and the latency of every evaluation question asked many times, one thread then two.
/// </summary>
internal static class LatencyRun
{
    private const int WarmupRounds = 5;

    public static void Run(TextWriter output, int builds, int rounds)
    {
        var corpus = BenchmarkCorpus.LoadCorpus();
        var lexicon = BenchmarkCorpus.LoadLexicon();
        var crosswalk = BenchmarkCorpus.LoadCrosswalk();
        var questions = BenchmarkCorpus.Questions();

        var buildTimes = new List<double>();
        for (var i = 0; i < builds + 2; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var built = AnswerIndex.Build(corpus);
            if (i >= 2)
            {
                buildTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        using var index = AnswerIndex.Build(corpus);
        var engine = new AnswerEngine(corpus, index, lexicon, crosswalk);
        // Warm up well past tiered JIT's promotion of the hot paths, as a running bot would be.
        for (var r = 0; r < WarmupRounds; r++)
        {
            foreach (var question in questions)
            {
                engine.Ask(question);
            }
        }

        var (gen0, gen1, gen2, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var single = Measure(engine, questions, rounds, threads: 1, out var singleThroughput, out var singleCpu);
        var gc = $"garbage collections during the 1-thread run: {GC.CollectionCount(0) - gen0} gen0, {GC.CollectionCount(1) - gen1} gen1, {GC.CollectionCount(2) - gen2} gen2, " +
            $"{(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:0.0} ms paused in all";
        var parallel = Measure(engine, questions, rounds, threads: 2, out var parallelThroughput, out _);

        output.WriteLine($"GcmBot answers benchmark: {corpus.Passages.Count} passages, {questions.Count} questions, {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}");
        output.WriteLine();
        output.WriteLine("| measurement | n | p50 | p99 | max | throughput |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        output.WriteLine(Row("index build (ms)", buildTimes, ""));
        output.WriteLine(Row("ask, 1 thread (ms)", single, $"{singleThroughput:N0} asks/s"));
        output.WriteLine(Row("ask, 2 threads (ms)", parallel, $"{parallelThroughput:N0} asks/s"));
        if (singleCpu.Count > 0)
        {
            output.WriteLine(Row("ask, 1 thread, CPU time (ms)", singleCpu, ""));
        }

        output.WriteLine();
        output.WriteLine(gc);
    }

    private static List<double> Measure(AnswerEngine engine, IReadOnlyList<string> questions, int rounds, int threads, out double throughput, out List<double> cpu)
    {
        var perThread = new List<double>[threads];
        var cpuTimes = new List<double>();
        var started = Stopwatch.GetTimestamp();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var times = new List<double>(rounds * questions.Count);
            for (var r = 0; r < rounds; r++)
            {
                foreach (var question in questions)
                {
                    var cpuBefore = threads == 1 ? ThreadCpuClock.Now() : null;
                    var before = Stopwatch.GetTimestamp();
                    engine.Ask(question);
                    times.Add(Stopwatch.GetElapsedTime(before).TotalMilliseconds);
                    if (cpuBefore is { } started && ThreadCpuClock.Now() is { } ended)
                    {
                        cpuTimes.Add(ended - started);
                    }
                }
            }

            perThread[t] = times;
        });
        var all = perThread.SelectMany(t => t).ToList();
        throughput = all.Count / Stopwatch.GetElapsedTime(started).TotalSeconds;
        cpu = cpuTimes;
        return all;
    }

    private static string Row(string name, List<double> values, string throughput)
    {
        values.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {values.Count} | {Percentile(values, 0.50):0.000} | {Percentile(values, 0.99):0.000} | {values[^1]:0.000} | {throughput} |");
    }

    // The machine is shared: the 1-minute load average says how much the wall-clock tail is waiting for a core.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
