using GcmBot.Benchmarks.Http;
using static GcmBot.Benchmarks.Report.BenchmarkReport;

namespace GcmBot.Benchmarks.Report;

/// <summary>The child-process figures: start-up, memory, and each endpoint's ramp.</summary>
internal static class HttpReport
{
    private const double TargetP99Ms = 20;
    private const double DiscordTargetRate = 12_000;
    private const double TeamsTargetRate = 8_000;
    private const double StartTargetMs = 400;
    private const double ReadyMemoryTargetMb = 100;
    private const double LoadMemoryTargetMb = 160;
    private const double SettledWithin = 1.2;

    private static double Median(IEnumerable<TimeSpan?> values)
    {
        var known = values.Where(v => v is not null).Select(v => v!.Value.TotalMilliseconds).Order().ToList();
        return known.Count == 0 ? double.NaN : known[known.Count / 2];
    }

    public static void Add(BenchmarkReport report, HttpFigures http)
    {
        var starts = http.StartToReady.Select(s => s.TotalMilliseconds).Order().ToList();
        var median = starts[starts.Count / 2];
        var first = Median(http.Milestones.Select(m => m.FirstOutput));
        var listening = Median(http.Milestones.Select(m => m.Listening));
        report.Target("start to ready (`dotnet GcmBot.dll` → /readyz 200)", "≤ 400 ms",
            $"{Number(median)} ms (median of {starts.Count}: {string.Join(", ", http.StartToReady.Select(s => Number(s.TotalMilliseconds)))}; CPU median {Number(Median(http.StartCpu.Select(c => (TimeSpan?)c)))} ms)", median <= StartTargetMs,
            $"medians: first log line at {Number(first)} ms (runtime up, host built), Kestrel listening at {Number(listening)} ms (corpus loaded and index built before it), ready {Number(median)} ms");
        if (http.Ready is { } ready && http.AfterLoad is { } after)
        {
            report.Target("resident memory (VmRSS) after start", "≤ 100 MB (semantic off)", $"{Number(ready.Rss)} MB", ready.Rss <= ReadyMemoryTargetMb,
                $"{Number(ready.Anonymous)} MB heaps and stacks, {Number(ready.Files)} MB code and libraries");
            report.Target("resident memory after the load runs", "≤ 160 MB", $"{Number(after.Rss)} MB (peak {Number(after.Peak)} MB)", after.Peak <= LoadMemoryTargetMb,
                $"{Number(after.Anonymous)} MB heaps and stacks, {Number(after.Files)} MB code and libraries");
            if (http.Settled is { } settled)
            {
                report.Target($"resident memory {http.SettleDuration.TotalSeconds:N0} s after the load", $"≤ {Number(ready.Rss * SettledWithin)} MB (post-start + 20 %)",
                    $"{Number(settled.Rss)} MB", settled.Rss <= ready.Rss * SettledWithin,
                    $"{Number(settled.Anonymous)} MB heaps and stacks, {Number(settled.Files)} MB code and libraries");
            }
        }

        foreach (var (prefix, name, goal) in new[]
        {
            ("Discord /objective", "interactions endpoint, signed `/objective number:13`", DiscordTargetRate),
            ("Teams", "Teams `/api/messages` \"objective 13\" until the reply reaches the Connector", TeamsTargetRate),
        })
        {
            if (http.Scenarios.FirstOrDefault(s => s.Name.StartsWith(prefix, StringComparison.Ordinal)) is not { } scenario)
            {
                continue;
            }

            var best = scenario.BestUnder(TargetP99Ms);
            var basis = scenario.Highest ?? best;
            report.Target(name, $"≥ {Number(goal)} req/s with p99 < 20 ms",
                best is null ? "no step under 20 ms" : $"{Number(best.Rate)} req/s at p99 {Millis(best.Latency.P99)} ms ({best.Concurrency} concurrent)",
                best is not null && best.Rate >= goal,
                basis is null ? "driver and app share the 2 cores" :
                    $"driver and app share the 2 cores: per request app {Number(basis.AppCpuMicros)} µs + driver {Number(basis.DriverCpuMicros)} µs of CPU, a ceiling of {Number(basis.TwoCoreCeiling)} req/s");
        }

        var summary = report.Table("**Over loopback HTTP** (closed loop, concurrency doubling until p99 > 50 ms; the driver shares the 2 cores)",
            "endpoint", "best req/s with p99 < 20 ms", "p50 / p99 (ms)", "highest req/s held", "concurrency", "p50 / p99 (ms)", "side effects");
        foreach (var s in http.Scenarios)
        {
            var under = s.BestUnder(TargetP99Ms);
            var top = s.Highest;
            summary.Row(s.Name,
                under is null ? "—" : Number(under.Rate), under is null ? "—" : $"{Millis(under.Latency.P50)} / {Millis(under.Latency.P99)}",
                top is null ? "—" : Number(top.Rate), top is null ? "—" : Number(top.Concurrency), top is null ? "—" : $"{Millis(top.Latency.P50)} / {Millis(top.Latency.P99)}",
                $"{s.DiscordRestCalls} Discord REST calls, {s.TeamsReplies} Teams replies, {s.Warnings} warnings logged");
        }

        var steps = report.Table("**Every step of the ramps** (ms; Teams: latency until the reply reached the Connector, ack = the 200 from /api/messages)",
            "endpoint", "concurrency", "req/s", "p50", "p99", "max", "ack p50 / p99", "errors", "CPU µs/request app / driver", "load avg");
        foreach (var s in http.Scenarios)
        {
            foreach (var step in s.Steps)
            {
                steps.Row(s.Name, Number(step.Concurrency), Number(step.Rate), Millis(step.Latency.P50), Millis(step.Latency.P99), Millis(step.Latency.Max),
                    step.Ack.Count == 0 ? "—" : $"{Millis(step.Ack.P50)} / {Millis(step.Ack.P99)}", Number(step.Errors),
                    $"{Number(step.AppCpuMicros)} / {Number(step.DriverCpuMicros)}", step.LoadAverage);
            }
        }
    }
}
