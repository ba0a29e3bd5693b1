using GcmBot.Discord.Gateway;
using GcmBot.Discord.Gateway.Sharding;
using GcmBot.Discord.Rest;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GcmBot.Discord;

/// <summary>
/// /readyz for Discord: with the gateway on, ready only while it is connected (READY or RESUMED seen, not
/// stopped); reconnecting or stopped after a fatal close code is unready, with the reason. With the
/// gateway off there is nothing to connect: the interactions endpoint is configured, which start-up checked.
/// With several shards each is reported, and all must be connected.
/// Either way unready once Discord has refused the bot token: nothing can be sent until it is replaced.
/// </summary>
internal sealed class DiscordHealthCheck(IOptions<DiscordOptions> options, IDiscordRest rest, IGatewayStatus? gateway = null) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var endpoint = $"interactions endpoint {options.Value.InteractionsPath}";
        var result = gateway switch
        {
            _ when rest.IsHalted => HealthCheckResult.Unhealthy("Discord refused the bot token (Discord:BotToken); nothing is sent until it is replaced"),
            null => HealthCheckResult.Healthy($"{endpoint}; gateway off (Discord:EnableGateway is false)"),
            { Shards.Count: > 1 } => PerShard(endpoint, gateway.Shards),
            { Status: GatewayStatus.Ready } => HealthCheckResult.Healthy($"{endpoint}; gateway connected"),
            { Status: GatewayStatus.Connecting } => HealthCheckResult.Unhealthy("gateway connecting"),
            { Status: GatewayStatus.Reconnecting, Detail: var detail } => HealthCheckResult.Unhealthy($"gateway reconnecting after: {detail}"),
            { Detail: var detail } => HealthCheckResult.Unhealthy($"gateway stopped: {detail}"),
        };
        return Task.FromResult(result);
    }

    /// <summary>Several shards: ready only when every one is connected; each shard is reported either way.</summary>
    private static HealthCheckResult PerShard(string endpoint, IReadOnlyList<ShardStatus> shards)
    {
        var each = string.Join("; ", shards.Select(s => $"{s.Shard} {Describe(s)}"));
        return shards.All(s => s.Status == GatewayStatus.Ready)
            ? HealthCheckResult.Healthy($"{endpoint}; gateway: {each}")
            : HealthCheckResult.Unhealthy($"gateway: {each}");
    }

    private static string Describe(ShardStatus shard) => shard.Status switch
    {
        GatewayStatus.Ready => "connected",
        GatewayStatus.Connecting => "connecting",
        GatewayStatus.Reconnecting => $"reconnecting after: {shard.Detail}",
        _ => $"stopped: {shard.Detail}",
    };
}
