using System.Diagnostics;

namespace GcmBot.Benchmarks.Measure;

/// <summary>
/// Times one operation over a list of inputs, after warming it up long enough for tiered JIT to
/// finish: wall clock, and the CPU time of the measuring thread (what the work itself costs, without
/// the time spent waiting for a core on a busy machine).
/// </summary>
internal static class Sampler
{
    /// <summary>Tier-1 code replaces tier-0 some time after 30 calls; a second and a half of calls is well past that.</summary>
    public static readonly TimeSpan Warmup = TimeSpan.FromSeconds(1.5);

    public static Timing Run<T>(IReadOnlyList<T> inputs, int rounds, Action<T> operation, TimeSpan? warmup = null)
    {
        var warmUntil = Stopwatch.GetTimestamp() + (long)((warmup ?? Warmup).TotalSeconds * Stopwatch.Frequency);
        do
        {
            foreach (var input in inputs)
            {
                operation(input);
            }
        }
        while (Stopwatch.GetTimestamp() < warmUntil);

        var wall = new double[rounds * inputs.Count];
        var cpu = new double[ThreadCpuClock.IsAvailable ? wall.Length : 0];
        var n = 0;
        for (var r = 0; r < rounds; r++)
        {
            foreach (var input in inputs)
            {
                var cpuBefore = cpu.Length > 0 ? ThreadCpuClock.Now()!.Value : 0;
                var started = Stopwatch.GetTimestamp();
                operation(input);
                wall[n] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (cpu.Length > 0)
                {
                    cpu[n] = ThreadCpuClock.Now()!.Value - cpuBefore;
                }

                n++;
            }
        }

        return new Timing(Latencies.Of(wall), Latencies.Of(cpu));
    }

    /// <summary>Each of <paramref name="repeats"/> runs of <paramref name="operation"/>, timed (ms).</summary>
    public static Latencies Repeat(int repeats, Action operation)
    {
        var times = new double[repeats];
        for (var i = 0; i < repeats; i++)
        {
            var started = Stopwatch.GetTimestamp();
            operation();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        return Latencies.Of(times);
    }
}

/// <summary>Wall-clock and thread CPU-time percentiles of the same calls (CPU empty where the clock is unavailable).</summary>
internal sealed record Timing(Latencies Wall, Latencies Cpu);
