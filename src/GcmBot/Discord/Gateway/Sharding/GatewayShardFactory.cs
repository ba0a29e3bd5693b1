using GcmBot.Hosting;

namespace GcmBot.Discord.Gateway.Sharding;

/// <summary>Makes the client for one shard; all shards share the connection logic, URL and identify gate.</summary>
internal sealed class GatewayShardFactory(
    GatewayConnection connection,
    GatewayUrlSource urls,
    GatewayTimings timings,
    TimeProvider time,
    GcmBotMetrics metrics,
    ILogger<DiscordGatewayClient> logger)
{
    public DiscordGatewayClient Create(Shard shard) => new(shard, connection, urls, timings, time, metrics, logger);
}
