using GcmBot.Benchmarks.Http;
using static GcmBot.Benchmarks.Report.BenchmarkReport;

namespace GcmBot.Benchmarks.Report;

/// <summary>The child-process figures: start-up, memory, and each endpoint's ramp.</summary>
internal static class HttpReport
{
    private const double TargetP99Ms = 20;

    public static void Add(BenchmarkReport report, HttpFigures http)
    {
        // The same rows as issue 19's goal table, so the two runs say the same thing about the same figures.
        foreach (var row in Goals19.HttpRows(http, goals: false))
        {
            report.Target(row);
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
