using GcmBot.Benchmarks.Measure;

namespace GcmBot.Benchmarks.Http;

/// <summary>
/// The app in a child process: start-to-ready over several launches, resident memory, then each
/// endpoint under the load driver's ramp, over loopback.
/// </summary>
internal static class HttpRun
{
    /// <summary>Issue 19's memory goal is "after the Teams load ramp (up to 128 concurrent)".</summary>
    public const int GoalsTeamsConcurrency = 128;

    /// <param name="goals">Only the issue-19 goal scenarios (Discord /objective, Teams), the Teams one ramped to 128 concurrent whatever its p99, as the issue's memory figure was taken.</param>
    public static async Task<HttpFigures> RunAsync(BenchmarkSettings settings, TextWriter progress, bool goals = false)
    {
        await using var platform = new FakePlatform();
        await platform.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
        using var keys = new DiscordKeys();

        var starts = new List<TimeSpan>();
        var startCpu = new List<TimeSpan>();
        var milestones = new List<(TimeSpan? FirstOutput, TimeSpan? Listening)>();
        var readyMemory = new List<ResidentMemory?>();
        AppProcess? app = null;

        // Few conversations, many messages each: the app's 1 s pacing per conversation would otherwise cap the ramp at
        // one message a second per conversation, so it measures the same message rates as the other ramp.
        var environment = settings.TeamsConversations is null ? settings.AppEnvironment : [.. settings.AppEnvironment, "Teams__ConversationPacing=00:00:00"];
        try
        {
            for (var i = 0; i < settings.Launches; i++)
            {
                if (app is not null)
                {
                    await app.DisposeAsync();
                }

                app = await AppProcess.StartAsync(http, Path.GetFullPath(settings.AppPath ?? AppProcess.BuildOutput), keys.PublicKeyHex, platform, environment);
                starts.Add(app.StartToReady);
                startCpu.Add(app.CpuToReady);
                milestones.Add(app.Milestones);
                readyMemory.Add(await app.MemoryAsync(http));
                progress.WriteLine($"  launch {i + 1} (pid {app.Pid}): first log line {app.Milestones.FirstOutput?.TotalMilliseconds:N0} ms, listening {app.Milestones.Listening?.TotalMilliseconds:N0} ms, ready {app.StartToReady.TotalMilliseconds:N0} ms (CPU {app.CpuToReady.TotalMilliseconds:N0} ms, load average {Machine.LoadAverage()}); {readyMemory[^1]}");
            }

            var driver = new LoadDriver(settings.StepDuration, settings.P99CeilingMs, settings.MaxConcurrency, app!.Cpu);
            var interactions = app!.BaseUrl + "/discord/interactions";
            var questions = BenchmarkCorpus.Questions();
            var teamsName = settings.TeamsConversations is { } few
                ? $"Teams /api/messages \"objective 13\" in {few} conversations, until the reply reaches the Connector"
                : "Teams /api/messages \"objective 13\", until the reply reaches the Connector";
            var objectiveBytes = 0;
            var scenarios = new (string Name, Func<LoadScenario> Send)[]
            {
                ("Discord PING (signature check, PONG)", () => Scenarios.Discord(http, interactions, keys, Interactions.Ping, 1)),
                ("Discord /objective number:13", () => Scenarios.Discord(http, interactions, keys, Objective13, 4, n => objectiveBytes = n)),
                ("Discord /ask question:(16 evaluation questions in turn)", () => Scenarios.Discord(http, interactions, keys, i => Interactions.Command(i, "ask", "question", questions[i * 7 % questions.Count]), 4)),
                (teamsName, () => Scenarios.Teams(http, app.BaseUrl + "/api/messages", platform, "objective 13", settings.TeamsConversations)),
            };

            var results = new List<ScenarioResult>();
            await using var peak = new PeakMemory(() => app.MemoryAsync(http), app.Rss);
            var teamsRamp = new LoadDriver(settings.StepDuration, double.PositiveInfinity, GoalsTeamsConcurrency, app.Cpu);
            foreach (var (name, send) in scenarios.Where(s => goals ? s.Name.Contains("objective", StringComparison.Ordinal) : settings.Scenario is null || s.Name.Contains(settings.Scenario, StringComparison.OrdinalIgnoreCase)))
            {
                var (calls, replies, warnings) = (platform.DiscordCalls, platform.TeamsReplies, app.Warnings);
                progress.WriteLine($"  {name} (load average {Machine.LoadAverage()})");
                var steps = await (goals && name.StartsWith("Teams", StringComparison.Ordinal) ? teamsRamp : driver).RampAsync(send());
                Print(progress, steps);

                progress.WriteLine($"    resident after it: {await app.MemoryAsync(http)}");
                results.Add(new ScenarioResult(name, steps, platform.DiscordCalls - calls, platform.TeamsReplies - replies, app.Warnings - warnings));
            }

            await peak.DisposeAsync();
            var after = await app.MemoryAsync(http);
            progress.WriteLine($"  at the peak of the load: {peak.Peak}");
            progress.WriteLine($"  after the load: {after}");

            // Memory that stays up once the load has gone is the question, so look again after a quiet spell.
            await Task.Delay(settings.SettleDuration);
            var settled = await app.MemoryAsync(http);
            progress.WriteLine($"  {settings.SettleDuration.TotalSeconds:N0} s after the load: {settled} (load average {Machine.LoadAverage()})");
            if (settings.Floor || goals)
            {
                var floor = new Floor.FloorRun(http, platform, keys, progress);
                results.AddRange(await floor.RunAsync(settings, objectiveBytes, platform.LastTeamsReplyBytes, goals));
            }

            return new HttpFigures(starts, startCpu, milestones, readyMemory[^1], after, settled, settings.SettleDuration, results) { AtPeak = peak.Peak };
        }
        finally
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }
    }

    /// <summary>The request the Discord goal is measured with: /objective number:13 in a guild.</summary>
    public static string Objective13(int id) => Interactions.Command(id, "objective", "number", 13);

    /// <summary>Each step of a ramp on a line, as it is printed while the benchmark runs.</summary>
    public static void Print(TextWriter progress, IReadOnlyList<StepResult> steps)
    {
        foreach (var s in steps)
        {
            progress.WriteLine($"    c={s.Concurrency,3}: {s.Rate,7:N0}/s p50 {s.Latency.P50:0.00} ms p99 {s.Latency.P99:0.00} ms, {s.Errors} errors; " +
                $"CPU per request app {s.AppCpuMicros:N0} µs, driver {s.DriverCpuMicros:N0} µs{(s.MadeDuringStep > 0 ? $" ({s.MadeDuringStep:N0} requests built during the step)" : "")}");
        }
    }
}

internal sealed record ScenarioResult(string Name, IReadOnlyList<StepResult> Steps, int DiscordRestCalls, int TeamsReplies, int Warnings)
{
    /// <summary>The fastest step without errors whose p99 stayed under <paramref name="p99Ms"/>.</summary>
    public StepResult? BestUnder(double p99Ms) =>
        Steps.Where(s => s.Errors == 0 && s.Latency.P99 < p99Ms).MaxBy(s => s.Rate);

    /// <summary>The highest rate held by any step without errors, whatever its latency.</summary>
    public StepResult? Highest => Steps.Where(s => s.Errors == 0).MaxBy(s => s.Rate);
}

internal sealed record HttpFigures(
    IReadOnlyList<TimeSpan> StartToReady,
    IReadOnlyList<TimeSpan> StartCpu,
    IReadOnlyList<(TimeSpan? FirstOutput, TimeSpan? Listening)> Milestones,
    ResidentMemory? Ready,
    ResidentMemory? AfterLoad,
    ResidentMemory? Settled,
    TimeSpan SettleDuration,
    IReadOnlyList<ScenarioResult> Scenarios)
{
    /// <summary>The highest resident memory sampled while the ramps ran, with its split by kind.</summary>
    public ResidentMemory? AtPeak { get; init; }
}
