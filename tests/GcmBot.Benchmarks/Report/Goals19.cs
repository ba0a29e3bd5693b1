using GcmBot.Benchmarks.Http;
using GcmBot.Benchmarks.InProcess;
using GcmBot.Benchmarks.Measure;
using static GcmBot.Benchmarks.Report.BenchmarkReport;

namespace GcmBot.Benchmarks.Report;

/// <summary>
/// "--profile goals19": only issue 19's goal rows, as one README-ready table, in a few minutes. Fixed replies and
/// the signature check in-process (before and after in one run), then the app as a child process: start-up,
/// memory, the signed Discord interactions ramp and the Teams ramp to 128 concurrent, memory 30 s after it.
/// </summary>
internal static class Goals19
{
    public static async Task<int> RunAsync(BenchmarkSettings settings, TextWriter output, TextWriter progress)
    {
        var loadAtStart = Machine.LoadAverage();
        progress.WriteLine($"Issue 19 goals, in-process (load average {loadAtStart})");
        ObjectiveFigures objective;
        using (var app = new AppServices())
        {
            objective = ObjectiveRun.Run(app, settings.Rounds * 10);
        }

        var signature = SignatureRun.Run(settings.Rounds * 10);
        progress.WriteLine($"Issue 19 goals, over HTTP (load average {Machine.LoadAverage()})");
        // The memory goals are for the lexical app (semantic off) unless the run says otherwise (--app-env Answers__Semantic=true).
        var environment = settings.AppEnvironment.Any(e => e.StartsWith("Answers__Semantic=", StringComparison.Ordinal))
            ? settings.AppEnvironment
            : [.. settings.AppEnvironment, "Answers__Semantic=false"];
        var http = await HttpRun.RunAsync(settings with { AppEnvironment = environment }, progress, goals: true);

        output.WriteLine($"Issue 19 goals, {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC: {Machine.Describe()}; " +
            $"1-minute load average {loadAtStart} at start, {Machine.LoadAverage()} at end; app settings {string.Join(" ", environment)}. " +
            "CPU is the measuring thread's (in-process) or the processes' (HTTP).");
        output.WriteLine();
        output.WriteLine("| goal (issue 19) | goal | before (old path, this run) | measured | met | notes |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (var row in Rows(objective, signature, http))
        {
            output.WriteLine($"| {row.Name} | {row.Goal} | {row.Before} | {row.Measured} | {(row.Met ? "yes" : "**no**")} | {row.Notes} |");
        }

        return 0;
    }

    private static IEnumerable<GoalRow> Rows(ObjectiveFigures objective, SignatureFigures signature, HttpFigures http)
    {
        var starts = http.StartToReady.Select(s => s.TotalMilliseconds).Order().ToList();
        var cpu = http.StartCpu.Select(s => s.TotalMilliseconds).Order().ToList();
        yield return new GoalRow("start to ready (`dotnet GcmBot.dll` → `/readyz` 200), median", "≤ 400 ms", "—",
            $"{Number(starts[starts.Count / 2])} ms (CPU {Number(cpu[cpu.Count / 2])} ms)", starts[starts.Count / 2] <= 400,
            $"{starts.Count} launches: {string.Join(", ", starts.Select(s => Number(s)))} ms");
        if (http.Ready is { } ready)
        {
            yield return new GoalRow("resident memory after start", "≤ 100 MB (semantic off)", "—", $"{Number(ready.Rss)} MB", ready.Rss <= 100,
                Breakdown(ready));
        }

        if (http.Ready is { } start && http.AfterLoad is { } after && http.Settled is { } settled)
        {
            var within = start.Rss * 1.2;
            yield return new GoalRow($"resident memory after the Teams ramp (to {HttpRun.GoalsTeamsConcurrency} concurrent), and {http.SettleDuration.TotalSeconds:N0} s later",
                $"≤ 160 MB, then ≤ {Number(within)} MB (post-start + 20 %)", "—",
                $"{Number(after.Rss)} MB (peak {Number(after.Peak)}), then {Number(settled.Rss)} MB", after.Peak <= 160 && settled.Rss <= within,
                $"at the peak: {Breakdown(http.AtPeak ?? after)}; {http.SettleDuration.TotalSeconds:N0} s later: {Breakdown(settled)}");
        }

        yield return Objective("`/objective N`, router + Discord render incl. the interaction JSON, p99", "≤ 30 µs", 0.030,
            objective.RouteDiscordKept, objective.RouteDiscordFresh, objective.RouteDiscord,
            $"router alone CPU p99 {Micros(objective.RouteOnly.Cpu.P99)} µs");
        yield return Objective("`/objective N`, router + Teams card incl. the activity JSON, p99", "≤ 60 µs", 0.060,
            objective.RouteTeamsKept, objective.RouteTeamsFresh, objective.RouteTeams,
            $"router alone CPU p99 {Micros(objective.RouteOnly.Cpu.P99)} µs");
        yield return new GoalRow("Ed25519 check of one interaction, p50 / p99", "p50 ≤ 60 µs",
            $"BouncyCastle {Micros(signature.BouncyCastle.Wall.P50)} / {Micros(signature.BouncyCastle.Wall.P99)} µs (CPU {Micros(signature.BouncyCastle.Cpu.P50)} / {Micros(signature.BouncyCastle.Cpu.P99)})",
            $"NSec {Micros(signature.NSec.Wall.P50)} / {Micros(signature.NSec.Wall.P99)} µs (CPU {Micros(signature.NSec.Cpu.P50)} / {Micros(signature.NSec.Cpu.P99)})",
            signature.NSec.Wall.P50 <= 0.060, signature.NSec.Wall.P50 > 0.060 && signature.NSec.Cpu.P50 <= 0.060 ? "wall clock waits for a core; CPU p50 meets it" : "");
        foreach (var (prefix, name, goal) in new[]
        {
            ("Discord /objective", "signed Discord interactions (`/objective number:13`), best rate with p99 < 20 ms", 12_000),
            ("Teams", "Teams `/api/messages` until the reply reaches the Connector, best rate with p99 < 20 ms", 8_000),
        })
        {
            if (http.Scenarios.FirstOrDefault(s => s.Name.StartsWith(prefix, StringComparison.Ordinal)) is { } scenario)
            {
                yield return Rate(name, goal, scenario);
            }
        }
    }

    /// <summary>What the resident memory is made of (smaps), and the GC's own figures when the app served /metrics.</summary>
    private static string Breakdown(ResidentMemory memory) =>
        memory.Kinds is null
            ? $"{Number(memory.Anonymous)} MB heaps and stacks, {Number(memory.Files)} MB code and libraries"
            : $"{Number(memory.Rss)} MB = {memory.Kinds}{(memory.Gc is null ? "" : $" ({memory.Gc})")}";

    private static GoalRow Objective(string name, string goal, double targetMs, Timing kept, Timing fresh, Timing now, string notes) =>
        new(name, goal,
            $"JSON per request {Micros(kept.Wall.P99)} µs (CPU {Micros(kept.Cpu.P99)}); render afresh {Micros(fresh.Wall.P99)} µs (CPU {Micros(fresh.Cpu.P99)})",
            $"{Micros(now.Wall.P99)} µs (CPU {Micros(now.Cpu.P99)}; p50 {Micros(now.Wall.P50)})", now.Wall.P99 <= targetMs,
            now.Wall.P99 > targetMs && now.Cpu.P99 <= targetMs ? $"wall clock waits for a core (CPU p99 meets it); {notes}" : notes);

    private static GoalRow Rate(string name, int goal, ScenarioResult scenario)
    {
        var best = scenario.BestUnder(20);
        var top = scenario.Highest;
        var measured = best is null ? "no step under 20 ms" : $"{Number(best.Rate)} req/s at p99 {Millis(best.Latency.P99)} ms ({best.Concurrency} concurrent)";
        var basis = top ?? best;
        var notes = basis is null ? "" :
            $"CPU per request at {Number(basis.Rate)} req/s ({basis.Concurrency} concurrent): app {Number(basis.AppCpuMicros)} µs + load driver {Number(basis.DriverCpuMicros)} µs, " +
            $"so 2 cores hold at most {Number(basis.TwoCoreCeiling)} req/s with nothing else running";
        return new GoalRow(name, $"≥ {Number(goal)} req/s", "—", measured, best is not null && best.Rate >= goal, notes);
    }

    private sealed record GoalRow(string Name, string Goal, string Before, string Measured, bool Met, string Notes);
}
