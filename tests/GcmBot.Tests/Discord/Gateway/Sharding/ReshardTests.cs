using System.Net;
using GcmBot.Discord.Gateway;
using GcmBot.Tests.Discord.Fakes;
using Microsoft.Extensions.Logging;

namespace GcmBot.Tests.Discord.Gateway.Sharding;

/// <summary>Close code 4011 (sharding required) with Discord:ShardCount = 0: the count is read again and every shard restarts.</summary>
public sealed class ReshardTests : ShardTestBase
{
    internal override void BeforeHostStarts(FakeDiscordServer discord) => ScriptGatewayBot(discord, shards: 2);

    [Fact]
    public async Task CloseCode4011_RereadsTheCountAndRestartsEveryShard()
    {
        var before = await IdentifiedAsync(2, expectedCount: 2);
        await ReadyAsync(before[0], 0);
        await ReadyAsync(before[1], 1);
        await WaitUntilAsync(() => Gateway.Status == GatewayStatus.Ready);

        ScriptGatewayBot(Discord, shards: 4);
        await before[1].CloseAsync(4011, "Sharding required.");
        var after = await IdentifiedAsync(4, expectedCount: 4);
        foreach (var (id, connection) in after)
        {
            await ReadyAsync(connection, id);
        }

        await WaitUntilAsync(() => Gateway.Status == GatewayStatus.Ready);

        // Shard 0 was healthy, but its session belongs to the old split: it is closed normally (1000) and identifies anew.
        Assert.Equal(1000, await before[0].ClientClosed.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal([0, 1, 2, 3], after.Keys);
        Assert.Equal(2, Discord.Requests.Count(r => r.Path == "/gateway/bot"));
        Assert.Contains(Host.Logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("restarting the shards with 4 in all instead of 2", StringComparison.Ordinal));
        Assert.DoesNotContain(Host.Logs.Lines, l => l.Level == LogLevel.Critical);
        Assert.Equal(HttpStatusCode.OK, (await ReadyzAsync()).Status);
    }

    [Fact]
    public async Task CloseCode4011_RecommendationNotHigher_RestartsWithTwiceAsMany()
    {
        var before = await IdentifiedAsync(2, expectedCount: 2);

        // The second GET /gateway/bot gets the fake's default answer, shards 1: fewer than the 2 just refused, so 2 × 2.
        await before[0].CloseAsync(4011, "Sharding required.");
        var after = await IdentifiedAsync(4, expectedCount: 4);

        Assert.Equal([0, 1, 2, 3], after.Keys);
    }
}

/// <summary>Close code 4011 with a fixed Discord:ShardCount: the replicas share that split, so this one stops and says which setting to raise.</summary>
public sealed class ReshardFixedCountTests : ShardTestBase
{
    internal override Dictionary<string, string?> ExtraSettings => new() { ["Discord:ShardCount"] = "1" };

    [Fact]
    public async Task CloseCode4011_FixedCount_StopsNamingTheSetting()
    {
        var before = await IdentifiedAsync(1, expectedCount: 1);

        ScriptGatewayBot(Discord, shards: 3);
        await before[0].CloseAsync(4011, "Sharding required.");
        await WaitUntilAsync(() => Gateway.Status == GatewayStatus.Stopped);
        var (status, description) = await ReadyzAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("gateway stopped: shard 0/1: Discord requires more shards than Discord:ShardCount = 1; Discord recommends 3. Raise Discord:ShardCount on every replica and restart (close code 4011)", description);
        Assert.Contains(Host.Logs.Lines, l => l.Level == LogLevel.Critical && l.Message.Contains("Discord:ShardCount", StringComparison.Ordinal));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Discord.NextConnectionAsync(TimeSpan.FromMilliseconds(500)));
    }
}
