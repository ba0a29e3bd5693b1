using GcmBot.Benchmarks.Measure;
using GcmBot.Tests.Storage;

namespace GcmBot.Benchmarks.Fanout;

/// <summary>
/// "--fanout": delivers N due digests through 1, then 2, then 3 replicas of the built app on a throwaway
/// PostgreSQL cluster, under the fakes' rate limits, and prints one table (README, "Running more than one
/// replica"). Rate-limit bound by design: about N/50 seconds per configuration.
/// </summary>
internal static class FanoutBenchmark
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, string defaultAppPath)
    {
        var settings = FanoutSettings.Parse(args, Path.GetFullPath(defaultAppPath));
        if (!File.Exists(settings.AppPath))
        {
            Console.Error.WriteLine("Build the app first (dotnet run -c Release builds it), or pass --app: " + settings.AppPath);
            return 2;
        }

        var progress = Console.Error;
        var started = TimeProvider.System.GetUtcNow();
        var cluster = await PostgresCluster.GetAsync();
        var results = new List<FanoutResult>();
        foreach (var replicas in settings.Replicas)
        {
            progress.WriteLine($"Fan-out through {replicas} replica(s), load average {Machine.LoadAverage()}");
            var result = await FanoutRun.RunAsync(settings, replicas, cluster, progress);
            progress.WriteLine($"  {result.Wall.TotalSeconds:0.0} s, {result.PostsPerSecond:0.0} posts/s, {result.Duplicates} duplicates, {result.Lost} lost");
            results.Add(result);
        }

        FanoutReport.Write(Console.Out, results,
            $"GcmBot fan-out benchmark, {started:yyyy-MM-dd HH:mm} UTC: {Machine.Describe()}; {settings.AppPath}; " +
            $"Discord budget {settings.DiscordBudget}/s split evenly, Digest:MaxConcurrentPosts {settings.ConcurrentPosts} per replica, {(settings.TeamsEvery == 0 ? "no Teams conversations" : $"1 in {settings.TeamsEvery} subscriptions a Teams conversation")}.");
        return results.All(r => r.Lost == 0 && r.Duplicates == 0 && r.DiscordGlobal429 == 0) ? 0 : 1;
    }
}
