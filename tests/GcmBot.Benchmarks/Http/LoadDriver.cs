using System.Diagnostics;
using GcmBot.Benchmarks.Measure;

namespace GcmBot.Benchmarks.Http;

/// <summary>
/// A closed-loop load: N workers, each sending its next request as soon as the last one finished,
/// for a fixed time per step; concurrency doubles step by step until p99 passes the ceiling.
/// The driver runs on the same two cores as the app, so its own work is part of every figure; each step
/// therefore also records the CPU time the app and the driver spent per request (<paramref name="appCpu"/>).
/// </summary>
internal sealed class LoadDriver(TimeSpan stepDuration, double p99CeilingMs, int maxConcurrency, Func<TimeSpan>? appCpu = null)
{
    public async Task<IReadOnlyList<StepResult>> RampAsync(Func<int, long, Task<Sample>> send)
    {
        // Warm-up at moderate concurrency: JIT, connection pool, the app's tiered code.
        await RunStepAsync(send, 4, TimeSpan.FromSeconds(Math.Min(3, stepDuration.TotalSeconds)));
        var steps = new List<StepResult>();
        for (var concurrency = 1; concurrency <= maxConcurrency; concurrency *= 2)
        {
            var step = await RunStepAsync(send, concurrency, stepDuration);
            steps.Add(step);
            if (step.Latency.P99 > p99CeilingMs || step.Errors > step.Requests / 100)
            {
                break;
            }
        }

        return steps;
    }

    private async Task<StepResult> RunStepAsync(Func<int, long, Task<Sample>> send, int concurrency, TimeSpan duration)
    {
        var load = Machine.LoadAverage();
        var (appBefore, driverBefore) = (appCpu?.Invoke() ?? TimeSpan.Zero, Process.GetCurrentProcess().TotalProcessorTime);
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var samples = new List<Sample>(4096);
            for (long n = 0; Stopwatch.GetTimestamp() < deadline; n++)
            {
                try
                {
                    samples.Add(await send(w, n));
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                {
                    samples.Add(Sample.Failed);
                }
            }

            return samples;
        })).ToList();
        var all = (await Task.WhenAll(workers)).SelectMany(s => s).ToList();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var (appSpent, driverSpent) = ((appCpu?.Invoke() ?? TimeSpan.Zero) - appBefore, Process.GetCurrentProcess().TotalProcessorTime - driverBefore);
        var ok = all.Where(s => s.Ok).ToList();
        return new StepResult(
            concurrency,
            ok.Count / elapsed,
            Latencies.Of(ok.Select(s => s.Milliseconds)),
            Latencies.Of(ok.Where(s => s.AckMilliseconds is not null).Select(s => s.AckMilliseconds!.Value)),
            all.Count,
            all.Count - ok.Count,
            load,
            appCpu is null || all.Count == 0 ? double.NaN : appSpent.TotalMicroseconds / all.Count,
            all.Count == 0 ? double.NaN : driverSpent.TotalMicroseconds / all.Count);
    }
}

/// <summary>One request: whether it succeeded, its latency, and for Teams also the time to the 200 acknowledgement.</summary>
internal sealed record Sample(bool Ok, double Milliseconds, double? AckMilliseconds = null)
{
    public static Sample Failed { get; } = new(false, double.NaN);
}

/// <summary>One step of a ramp; <see cref="AppCpuMicros"/> and <see cref="DriverCpuMicros"/> are CPU time (all threads) per request.</summary>
internal sealed record StepResult(int Concurrency, double Rate, Latencies Latency, Latencies Ack, int Requests, int Errors, string LoadAverage, double AppCpuMicros, double DriverCpuMicros)
{
    /// <summary>The rate two cores could hold if app and driver spent only this CPU per request and nothing else ran.</summary>
    public double TwoCoreCeiling => 2_000_000 / (AppCpuMicros + DriverCpuMicros);
}
