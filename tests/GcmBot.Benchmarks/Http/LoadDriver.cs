using System.Diagnostics;
using GcmBot.Benchmarks.Measure;

namespace GcmBot.Benchmarks.Http;

/// <summary>
/// A closed-loop load: N workers, each sending its next request as soon as the last one finished,
/// for a fixed time per step; concurrency doubles step by step until p99 passes the ceiling.
/// The driver runs on the same two cores as the app, so its own work is part of every figure; each step
/// therefore also records the CPU time the app and the driver spent per request (<paramref name="appCpu"/>).
/// A scenario may build its requests before each step (<see cref="LoadScenario.Prepare"/>), outside the measured time.
/// </summary>
internal sealed class LoadDriver(TimeSpan stepDuration, double p99CeilingMs, int maxConcurrency, Func<TimeSpan>? appCpu = null)
{
    /// <summary>Requests a step prepares per second of its length at least, and at most (a margin over the best rate so far).</summary>
    private const double LeastPreparedRate = 4_000;
    private const double MostPreparedRate = 25_000;

    public Task<IReadOnlyList<StepResult>> RampAsync(Func<int, long, Task<Sample>> send) => RampAsync(new LoadScenario(send));

    public async Task<IReadOnlyList<StepResult>> RampAsync(LoadScenario scenario)
    {
        // Warm-up at moderate concurrency: JIT, connection pool, the app's tiered code.
        var warmUp = await RunStepAsync(scenario, 4, TimeSpan.FromSeconds(Math.Min(3, stepDuration.TotalSeconds)), 0);
        var steps = new List<StepResult>();
        var best = warmUp.Rate;
        for (var concurrency = 1; concurrency <= maxConcurrency; concurrency *= 2)
        {
            var step = await RunStepAsync(scenario, concurrency, stepDuration, best);
            best = Math.Max(best, step.Rate);
            steps.Add(step);
            if (step.Latency.P99 > p99CeilingMs || step.Errors > step.Requests / 100)
            {
                break;
            }
        }

        return steps;
    }

    private async Task<StepResult> RunStepAsync(LoadScenario scenario, int concurrency, TimeSpan duration, double bestRate)
    {
        if (scenario.Prepare is { } prepare)
        {
            // At low concurrency doubling it can more than double the rate (one worker waits on every round trip); past the knee it barely moves.
            var rate = Math.Clamp(bestRate * 2.5, LeastPreparedRate, MostPreparedRate);
            await prepare(new StepPlan(concurrency, duration, (int)(rate * duration.TotalSeconds)));
        }

        var send = scenario.Send;
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
            all.Count == 0 ? double.NaN : driverSpent.TotalMicroseconds / all.Count)
        {
            MadeDuringStep = scenario.MadeDuringStep?.Invoke() ?? 0,
        };
    }
}

/// <summary>
/// What a ramp sends: <see cref="Send"/> makes worker w's n-th request; <see cref="Prepare"/>, when given, builds the next
/// step's requests before it starts, and <see cref="MadeDuringStep"/> says how many the step had to build itself.
/// </summary>
internal sealed record LoadScenario(Func<int, long, Task<Sample>> Send, Func<StepPlan, Task>? Prepare = null, Func<int>? MadeDuringStep = null);

/// <summary>The step about to run, and how many requests to build for it.</summary>
internal sealed record StepPlan(int Concurrency, TimeSpan Duration, int Requests);

/// <summary>One request: whether it succeeded, its latency, and for Teams also the time to the 200 acknowledgement.</summary>
internal sealed record Sample(bool Ok, double Milliseconds, double? AckMilliseconds = null)
{
    public static Sample Failed { get; } = new(false, double.NaN);
}

/// <summary>One step of a ramp; <see cref="AppCpuMicros"/> and <see cref="DriverCpuMicros"/> are CPU time (all threads) per request.</summary>
internal sealed record StepResult(int Concurrency, double Rate, Latencies Latency, Latencies Ack, int Requests, int Errors, string LoadAverage, double AppCpuMicros, double DriverCpuMicros)
{
    /// <summary>Requests the driver built during the step because too few had been prepared before it (their cost is in the driver's CPU).</summary>
    public int MadeDuringStep { get; init; }

    /// <summary>The rate two cores could hold if app and driver spent only this CPU per request and nothing else ran.</summary>
    public double TwoCoreCeiling => 2_000_000 / (AppCpuMicros + DriverCpuMicros);
}
