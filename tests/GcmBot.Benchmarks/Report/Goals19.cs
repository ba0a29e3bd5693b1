using GcmBot.Benchmarks.Http;
using GcmBot.Benchmarks.InProcess;
using GcmBot.Benchmarks.Measure;
using static GcmBot.Benchmarks.Report.BenchmarkReport;

namespace GcmBot.Benchmarks.Report;

/// <summary>
/// "--profile goals19": only issue 19's goal rows, as one README-ready table, in a few minutes. Fixed replies and
/// the signature check in-process (before and after in one run), then the app as a child process: start-up,
/// memory, the signed Discord interactions ramp and the Teams ramp to 128 concurrent, memory 30 s after it; then
/// the same ramps against the floor server (<see cref="Floor.FloorRun"/>), whose figures go in the throughput rows' notes.
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
        GoalRow.Write(output, Rows(objective, signature, http), withBefore: true, "goal (issue 19)", "goal", "before (old path, this run)", "measured", "met", "notes");

        return 0;
    }

    private static IEnumerable<GoalRow> Rows(ObjectiveFigures objective, SignatureFigures signature, HttpFigures http)
    {
        var rows = HttpRows(http, goals: true).ToList();
        rows.InsertRange(rows.FindIndex(r => r.Name.StartsWith("signed Discord", StringComparison.Ordinal)) is var at and >= 0 ? at : rows.Count, InProcessRows(objective, signature));
        return rows;
    }

    private static IEnumerable<GoalRow> InProcessRows(ObjectiveFigures objective, SignatureFigures signature)
    {
        yield return Objective("`/objective N`, router + Discord render incl. the interaction JSON, p99", "≤ 30 µs", 0.030,
            objective.RouteDiscordKept, objective.RouteDiscordFresh, objective.RouteDiscord,
            $"router alone CPU p99 {Micros(objective.RouteOnly.Cpu.P99)} µs");
        yield return Objective("`/objective N`, router + Teams card incl. the activity JSON, p99", "≤ 60 µs", 0.060,
            objective.RouteTeamsKept, objective.RouteTeamsFresh, objective.RouteTeams,
            $"router alone CPU p99 {Micros(objective.RouteOnly.Cpu.P99)} µs");
        yield return new GoalRow("Ed25519 check of one interaction, p50 / p99", "p50 ≤ 60 µs",
            $"NSec {Micros(signature.NSec.Wall.P50)} / {Micros(signature.NSec.Wall.P99)} µs (CPU {Micros(signature.NSec.Cpu.P50)} / {Micros(signature.NSec.Cpu.P99)})",
            signature.NSec.Wall.P50 <= 0.060, signature.NSec.Wall.P50 > 0.060 && signature.NSec.Cpu.P50 <= 0.060 ? "wall clock waits for a core; CPU p50 meets it" : "",
            $"BouncyCastle {Micros(signature.BouncyCastle.Wall.P50)} / {Micros(signature.BouncyCastle.Wall.P99)} µs (CPU {Micros(signature.BouncyCastle.Cpu.P50)} / {Micros(signature.BouncyCastle.Cpu.P99)})");
    }

    /// <summary>
    /// The rows measured over HTTP: start to ready, memory, the two throughput rows (with the floor's, when it ran).
    /// <paramref name="goals"/>: the run ramped Teams to <see cref="HttpRun.GoalsTeamsConcurrency"/> whatever its p99, as issue 19's memory goal says.
    /// </summary>
    public static IEnumerable<GoalRow> HttpRows(HttpFigures http, bool goals)
    {
        var ready = Median.Of(http.StartToReady.Select(s => s.TotalMilliseconds));
        yield return new GoalRow("start to ready (`dotnet GcmBot.dll` → `/readyz` 200), median", "≤ 400 ms",
            $"{Number(ready)} ms (CPU {Number(Median.Of(http.StartCpu.Select(s => s.TotalMilliseconds)))} ms)", ready <= 400,
            $"{http.StartToReady.Count} launches: {string.Join(", ", http.StartToReady.Select(s => Number(s.TotalMilliseconds)))} ms; medians: first log line at " +
            $"{Number(Median.Of(http.Milestones.Select(m => m.FirstOutput?.TotalMilliseconds ?? double.NaN)))} ms, Kestrel listening at " +
            $"{Number(Median.Of(http.Milestones.Select(m => m.Listening?.TotalMilliseconds ?? double.NaN)))} ms");
        if (http.Ready is { } start)
        {
            yield return new GoalRow("resident memory after start", "≤ 100 MB (semantic off)", $"{Number(start.Rss)} MB", start.Rss <= 100, Breakdown(start));
        }

        if (http.Ready is { } before && http.AfterLoad is { } after && http.Settled is { } settled)
        {
            var within = before.Rss * 1.2;
            var load = goals ? $"the Teams ramp (to {HttpRun.GoalsTeamsConcurrency} concurrent)" : "the load runs";
            yield return new GoalRow($"resident memory after {load}, and {http.SettleDuration.TotalSeconds:N0} s later",
                $"≤ 160 MB, then ≤ {Number(within)} MB (post-start + 20 %)",
                $"{Number(after.Rss)} MB (peak {Number(after.Peak)}), then {Number(settled.Rss)} MB", after.Peak <= 160 && settled.Rss <= within,
                $"at the peak: {Breakdown(http.AtPeak ?? after)}; {http.SettleDuration.TotalSeconds:N0} s later: {Breakdown(settled)}");
        }

        foreach (var (prefix, name, goal, floor) in new[]
        {
            ("Discord /objective", "signed Discord interactions (`/objective number:13`), best rate with p99 < 20 ms", 12_000, Floor.FloorRun.DiscordChecked),
            ("Teams", "Teams `/api/messages` until the reply reaches the Connector, best rate with p99 < 20 ms", 8_000, Floor.FloorRun.Teams),
        })
        {
            if (http.Scenarios.FirstOrDefault(s => s.Name.StartsWith(prefix, StringComparison.Ordinal)) is { } scenario)
            {
                yield return Rate(name, goal, scenario, http.Scenarios.FirstOrDefault(s => s.Name == floor));
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
            $"{Micros(now.Wall.P99)} µs (CPU {Micros(now.Cpu.P99)}; p50 {Micros(now.Wall.P50)})", now.Wall.P99 <= targetMs,
            now.Wall.P99 > targetMs && now.Cpu.P99 <= targetMs ? $"wall clock waits for a core (CPU p99 meets it); {notes}" : notes,
            $"JSON per request {Micros(kept.Wall.P99)} µs (CPU {Micros(kept.Cpu.P99)}); render afresh {Micros(fresh.Wall.P99)} µs (CPU {Micros(fresh.Cpu.P99)})");

    private static GoalRow Rate(string name, int goal, ScenarioResult scenario, ScenarioResult? floor)
    {
        var best = scenario.BestUnder(20);
        var measured = best is null ? "no step under 20 ms" : $"{Number(best.Rate)} req/s at p99 {Millis(best.Latency.P99)} ms ({best.Concurrency} concurrent)";
        var notes = Cost(scenario, "the app");
        if (floor is not null)
        {
            var floorBest = floor.BestUnder(20);
            notes += $"; the floor ({floor.Name[7..]}): {(floorBest is null ? "no step under 20 ms" : $"{Number(floorBest.Rate)} req/s at p99 {Millis(floorBest.Latency.P99)} ms")}, {Cost(floor, "it")}";
        }

        return new GoalRow(name, $"≥ {Number(goal)} req/s", measured, best is not null && best.Rate >= goal, notes);
    }

    /// <summary>CPU per request at the highest rate held, and the rate those costs allow on 2 idle cores.</summary>
    private static string Cost(ScenarioResult scenario, string who) =>
        (scenario.Highest ?? scenario.BestUnder(20)) is not { } basis ? "" :
            $"CPU per request at {Number(basis.Rate)} req/s ({basis.Concurrency} concurrent): {who} {Number(basis.AppCpuMicros)} µs + load driver {Number(basis.DriverCpuMicros)} µs, " +
            $"so 2 cores hold at most {Number(basis.TwoCoreCeiling)} req/s with nothing else running";
}
