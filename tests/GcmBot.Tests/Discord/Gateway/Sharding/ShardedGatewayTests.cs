using System.Net;
using GcmBot.Discord.Gateway;

namespace GcmBot.Tests.Discord.Gateway.Sharding;

/// <summary>Discord:ShardCount = 2: one connection per shard, IDENTIFY with [id, 2], and /readyz reports each shard.</summary>
public sealed class ShardedGatewayTests : ShardTestBase
{
    internal override Dictionary<string, string?> ExtraSettings => new() { ["Discord:ShardCount"] = "2" };

    [Fact]
    public async Task Start_TwoShards_EachIdentifiesWithItsIdAndTheCount()
    {
        var shards = await IdentifiedAsync(2, expectedCount: 2);

        Assert.Equal([0, 1], shards.Keys);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Discord.NextConnectionAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Readyz_ReportsEachShard_ReadyOnlyWhenAllAre()
    {
        var shards = await IdentifiedAsync(2, expectedCount: 2);

        await ReadyAsync(shards[0], 0);
        await WaitUntilAsync(() => Gateway.Shards[0].Status == GatewayStatus.Ready);
        var oneReady = await ReadyzAsync();
        await ReadyAsync(shards[1], 1);
        await WaitUntilAsync(() => Gateway.Status == GatewayStatus.Ready);
        var bothReady = await ReadyzAsync();
        await shards[1].CloseAsync(4000, "Unknown error.");
        await Discord.NextConnectionAsync();
        var oneReconnecting = await ReadyzAsync();

        // The descriptions follow DiscordHealthCheck's per-shard wording: "shard i/n" then its state.
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "gateway: shard 0/2 connected; shard 1/2 connecting"), oneReady);
        Assert.Equal((HttpStatusCode.OK, "interactions endpoint /discord/interactions; gateway: shard 0/2 connected; shard 1/2 connected"), bothReady);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "gateway: shard 0/2 connected; shard 1/2 reconnecting after: Unknown error. (close code 4000)"), oneReconnecting);
    }
}

/// <summary>Discord:ShardIds picks this replica's shards out of Discord:ShardCount.</summary>
public sealed class ShardSubsetTests : ShardTestBase
{
    internal override Dictionary<string, string?> ExtraSettings => new() { ["Discord:ShardCount"] = "4", ["Discord:ShardIds"] = "1,3" };

    [Fact]
    public async Task Start_ShardIds_OnlyThoseShardsConnect()
    {
        var shards = await IdentifiedAsync(2, expectedCount: 4);

        Assert.Equal([1, 3], shards.Keys);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Discord.NextConnectionAsync(TimeSpan.FromMilliseconds(300)));
    }
}
