using GcmBot.Benchmarks.Measure;
using GcmBot.Tests.Discord.Fakes;
using GcmBot.Tests.Storage;

namespace GcmBot.Benchmarks.Fanout;

/// <summary>
/// One configuration: a fresh database, fresh fakes (Discord enforcing 50 calls a second for the bot token
/// and 5 messages per 5 s per channel; the Connector enforcing Teams' limits), R replicas started and
/// idle, then N subscriptions made due at once; measured until every digest has arrived and the ledger
/// says so, or the deadline passes (what did not arrive is then counted lost).
/// </summary>
internal static class FanoutRun
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    public static async Task<FanoutResult> RunAsync(FanoutSettings settings, int replicas, PostgresCluster cluster, TextWriter progress)
    {
        var n = settings.DigestsFor(replicas);
        var teams = settings.TeamsEvery > 0 ? n / settings.TeamsEvery : 0;
        var loadAtStart = Machine.LoadAverage();
        var database = await FanoutDatabase.CreateAsync(cluster);
        await using var discord = await FakeDiscordServer.StartAsync();
        discord.GlobalLimitPerSecond = 50;
        discord.ChannelMessageLimit = 5;
        discord.ChannelMessageWindow = TimeSpan.FromSeconds(5);
        await using var connector = await LimitedConnector.StartAsync();
        var fleet = await ReplicaFleet.StartAsync(settings, replicas, database.ConnectionString, discord.ApiBaseUrl, progress);
        try
        {
            var cpuBefore = fleet.CpuTime();
            await database.SubscribeAsync(n, settings.TeamsEvery, connector.ServiceUrl);
            progress.WriteLine($"  {n:N0} subscriptions due ({n - teams:N0} Discord, {teams:N0} Teams)");
            var sent = await WaitForAllAsync(database, discord, connector, n, teams, progress);
            var cpu = fleet.CpuTime() - cpuBefore;
            return Measure(replicas, n - teams, teams, discord, connector, cpu, sent, fleet.Warnings(), loadAtStart);
        }
        finally
        {
            await fleet.DisposeAsync();
            await database.DropAsync();
        }
    }

    /// <summary>Polls the fakes and the ledger until all is delivered and recorded; returns the ledger's count.</summary>
    private static async Task<long> WaitForAllAsync(FanoutDatabase database, FakeDiscordServer discord, LimitedConnector connector, int n, int teams, TextWriter progress)
    {
        var deadline = Environment.TickCount64 + (long)TimeSpan.FromSeconds(180 + (n / 20.0)).TotalMilliseconds;
        var nextReport = Environment.TickCount64 + 15_000;
        long sent = 0;
        while (Environment.TickCount64 < deadline)
        {
            var channels = discord.Created.Select(ChannelOf).Distinct().Count();
            var conversations = connector.Accepted.Select(a => a.Conversation).Distinct().Count();
            if (channels == n - teams && conversations == teams && (sent = await database.SentAsync()) == n)
            {
                return sent;
            }

            if (Environment.TickCount64 >= nextReport)
            {
                progress.WriteLine($"  ... {channels:N0} channels, {conversations:N0} conversations (load average {Machine.LoadAverage()})");
                nextReport += 15_000;
            }

            await Task.Delay(Poll);
        }

        progress.WriteLine("  deadline passed: what has not arrived counts as lost");
        return await database.SentAsync();
    }

    private static FanoutResult Measure(
        int replicas, int discordDigests, int teamsDigests, FakeDiscordServer discord, LimitedConnector connector,
        TimeSpan cpu, long sent, int warnings, string loadAtStart)
    {
        var discordPosts = discord.Created.ToList();
        var teamsPosts = connector.Accepted.ToList();
        var (discordDuplicates, discordLost) = Tally(discordPosts.Select(ChannelOf), discordDigests);
        var (teamsDuplicates, teamsLost) = Tally(teamsPosts.Select(a => a.Conversation), teamsDigests);
        var times = discordPosts.Select(p => p.At).Concat(teamsPosts.Select(p => p.At)).ToList();
        var wall = times.Count == 0 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(times.Max() - times.Min());
        return new FanoutResult(
            replicas, discordDigests, teamsDigests, discordPosts.Count, teamsPosts.Count, wall, cpu,
            discord.GlobalRateLimited, discord.RouteRateLimited, connector.AppLimited, connector.ConversationLimited,
            discordDuplicates + teamsDuplicates, discordLost + teamsLost, sent, warnings, loadAtStart, Machine.LoadAverage());
    }

    /// <summary>
    /// One digest is the same number of parts everywhere (the same day's text), so the most common count per
    /// target is one digest: posts beyond it are duplicates; targets short of it, or never reached, are lost.
    /// </summary>
    private static (int Duplicates, int Lost) Tally(IEnumerable<string> targets, int expected)
    {
        var counts = targets.GroupBy(t => t, StringComparer.Ordinal).Select(g => g.Count()).ToList();
        if (counts.Count == 0)
        {
            return (0, expected);
        }

        var parts = counts.GroupBy(c => c).OrderByDescending(g => g.Count()).First().Key;
        return (counts.Sum(c => Math.Max(0, c - parts)), expected - counts.Count(c => c >= parts));
    }

    private static string ChannelOf(RecordedRequest request) => request.Path.Split('/')[2];
}
