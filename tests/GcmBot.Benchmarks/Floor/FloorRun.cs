using GcmBot.Benchmarks.Http;
using GcmBot.Benchmarks.Measure;

namespace GcmBot.Benchmarks.Floor;

/// <summary>
/// The same driver, in the same run, against <see cref="FloorServer"/> in the app's place: what these cores allow
/// for each endpoint's least work (the floor of the throughput rows). Its GC is the app's (server).
/// </summary>
internal sealed class FloorRun(HttpClient http, FakePlatform platform, DiscordKeys keys, TextWriter progress)
{
    public const string DiscordUnchecked = "floor: Discord, Kestrel reads the interaction and answers 200 (no signature check)";
    public const string DiscordChecked = "floor: Discord, the same after the app's Ed25519 check";
    public const string Teams = "floor: Teams, Kestrel answers 200, then one POST to the fake Connector";

    /// <param name="interactionBytes">The app's /objective response length, which the floor's answer is padded to.</param>
    /// <param name="replyBytes">The app's Teams reply length, which the floor's POST is padded to.</param>
    public async Task<IReadOnlyList<ScenarioResult>> RunAsync(BenchmarkSettings settings, int interactionBytes, long replyBytes, bool goals)
    {
        await using var floor = await AppProcess.StartAsync(
            http, typeof(FloorServer).Assembly.Location, keys.PublicKeyHex, platform,
            ["DOTNET_gcServer=1", $"Floor__InteractionResponseBytes={interactionBytes}", $"Floor__ReplyBytes={replyBytes}"],
            arguments: ["--floor-server"]);
        var driver = new LoadDriver(settings.StepDuration, settings.P99CeilingMs, settings.MaxConcurrency, floor.Cpu);
        var teamsDriver = goals ? new LoadDriver(settings.StepDuration, double.PositiveInfinity, HttpRun.GoalsTeamsConcurrency, floor.Cpu) : driver;
        var scenarios = new (string Name, LoadDriver Driver, Func<LoadScenario> Load)[]
        {
            (DiscordUnchecked, driver, () => Scenarios.Discord(http, floor.BaseUrl + FloorServer.UncheckedPath, keys, HttpRun.Objective13, 4)),
            (DiscordChecked, driver, () => Scenarios.Discord(http, floor.BaseUrl + FloorServer.CheckedPath, keys, HttpRun.Objective13, 4)),
            (Teams, teamsDriver, () => Scenarios.Teams(http, floor.BaseUrl + "/api/messages", platform, "objective 13")),
        };
        var results = new List<ScenarioResult>();
        foreach (var (name, ramp, load) in scenarios)
        {
            var replies = platform.TeamsReplies;
            progress.WriteLine($"  {name} (responses {interactionBytes:N0} bytes, replies {replyBytes:N0} bytes; load average {Machine.LoadAverage()})");
            var steps = await ramp.RampAsync(load());
            HttpRun.Print(progress, steps);
            results.Add(new ScenarioResult(name, steps, 0, platform.TeamsReplies - replies, floor.Warnings));
        }

        return results;
    }
}
