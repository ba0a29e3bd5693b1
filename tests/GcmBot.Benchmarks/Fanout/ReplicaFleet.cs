using GcmBot.Tests.Shipping;

namespace GcmBot.Benchmarks.Fanout;

/// <summary>
/// R copies of the built app (`dotnet GcmBot.dll`), each a process of its own on one PostgreSQL database,
/// Discord REST and the Teams Connector pointed at the loopback fakes. Each takes an even share of the
/// Discord budget (Discord:GlobalRequestsPerSecond), as the README's "Running more than one replica" says.
/// </summary>
internal sealed class ReplicaFleet : IAsyncDisposable
{
    private readonly List<ChildProcess> _replicas;

    private ReplicaFleet(List<ChildProcess> replicas) => _replicas = replicas;

    public static async Task<ReplicaFleet> StartAsync(FanoutSettings settings, int count, string database, string discordApi, TextWriter progress)
    {
        var replicas = Enumerable.Range(0, count)
            .Select(i => ChildProcess.Start("dotnet", "GcmBot.dll", Path.GetDirectoryName(settings.AppPath)!, Environment(settings, count, i, database, discordApi)))
            .ToList();
        var fleet = new ReplicaFleet(replicas);
        try
        {
            // Started: the scheduler has migrated (or found) the schema and ticks.
            await Task.WhenAll(replicas.Select(r => r.WaitForLineAsync(
                "the digest scheduler's start", l => l.Contains("Digest scheduler started", StringComparison.OrdinalIgnoreCase), TimeSpan.FromSeconds(120))));
        }
        catch
        {
            await fleet.DisposeAsync();
            throw;
        }

        progress.WriteLine($"  {count} replica(s) started (pids {string.Join(", ", replicas.Select(r => r.Id))})");
        return fleet;
    }

    /// <summary>CPU time of all replicas so far (read before they are stopped).</summary>
    public TimeSpan CpuTime() => _replicas.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.CpuTime);

    /// <summary>Log lines at warning level or worse, over all replicas.</summary>
    public int Warnings() => _replicas.Sum(r => r.Output.Split('\n').Count(l => l.StartsWith("warn:", StringComparison.Ordinal) || l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal)));

    public string Describe() => string.Join("\n", _replicas.Select(r => r.Describe()[..Math.Min(4000, r.Describe().Length)]));

    public async ValueTask DisposeAsync()
    {
        foreach (var replica in _replicas)
        {
            await replica.DisposeAsync();
        }
    }

    private static Dictionary<string, string> Environment(FanoutSettings settings, int count, int index, string database, string discordApi) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Urls"] = "http://127.0.0.1:0",
        ["Instance__Name"] = $"fanout-{index + 1}-of-{count}",
        ["Answers__Semantic"] = "false",
        ["Storage__Provider"] = "Postgres",
        ["Storage__ConnectionString"] = database,
        ["Digest__TickInterval"] = "00:00:01",
        ["Digest__RetryInitialDelay"] = "00:00:01",
        ["Digest__MaxConcurrentPosts"] = settings.ConcurrentPosts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Discord__ApplicationId"] = "1400000000000000000",
        ["Discord__PublicKey"] = Http.DiscordKeys.UnusedPublicKeyHex(),
        ["Discord__BotToken"] = "fanout-token",
        ["Discord__ApiBaseUrl"] = discordApi,
        ["Discord__EnableGateway"] = "false",
        ["Discord__RegisterCommands"] = "false",
        ["Discord__GlobalRequestsPerSecond"] = (settings.DiscordBudget / count).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Teams__AppId"] = "",
        ["Teams__EmulatorMode"] = "true",
    };
}
