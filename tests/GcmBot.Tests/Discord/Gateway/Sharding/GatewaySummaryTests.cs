using GcmBot.Discord.Gateway;
using GcmBot.Discord.Gateway.Sharding;

namespace GcmBot.Tests.Discord.Gateway.Sharding;

/// <summary>The gateway's one status for several shards: the worst of them, with the reason of each shard not connected.</summary>
public sealed class GatewaySummaryTests
{
    [Fact]
    public void Of_AllReady_ConnectedWithTheShardCount()
    {
        var summary = GatewaySummary.Of([Status(0, GatewayStatus.Ready, "connected"), Status(1, GatewayStatus.Ready, "connected")]);

        Assert.Equal((GatewayStatus.Ready, "connected (2 shards)"), summary);
    }

    [Fact]
    public void Of_OneStoppedOneReconnecting_StoppedNamingBothShards()
    {
        var summary = GatewaySummary.Of([
            Status(0, GatewayStatus.Ready, "connected"),
            Status(1, GatewayStatus.Reconnecting, "Unknown error. (close code 4000)"),
            Status(2, GatewayStatus.Stopped, "invalid shard (close code 4010)"),
        ]);

        Assert.Equal((GatewayStatus.Stopped, "shard 1/3: Unknown error. (close code 4000); shard 2/3: invalid shard (close code 4010)"), summary);
    }

    [Fact]
    public void Of_OneShard_ItsOwnStatusAndDetail()
    {
        Assert.Equal((GatewayStatus.Reconnecting, "closed by the server"), GatewaySummary.Of([new ShardStatus(Shard.Single, GatewayStatus.Reconnecting, "closed by the server")]));
    }

    private static ShardStatus Status(int id, GatewayStatus status, string detail) => new(new Shard(id, 3), status, detail);
}
