using Microsoft.Extensions.Options;

namespace GcmBot.Discord.Gateway.Sharding;

/// <summary>
/// The gateway as a whole: runs this replica's shards (<see cref="ShardPlanner"/>) side by side, and after
/// close code 4011 (sharding required) reads the count again and restarts them all. Ready only while
/// every shard is.
/// </summary>
internal sealed class ShardedGateway(IOptions<DiscordOptions> options, ShardPlanner planner, GatewayShardFactory factory, ILogger<ShardedGateway> logger) : IDiscordGateway
{
    // The whole gateway's state while no shards run: finding the count, resharding, or stopped before any shard ran.
    private volatile ShardStatus? _whole = new(Shard.Single, GatewayStatus.Connecting, "connecting");
    private volatile IReadOnlyList<DiscordGatewayClient> _running = [];

    public IReadOnlyList<ShardStatus> Shards => _whole is null ? [.. _running.Select(c => c.State.Current)] : [];

    public GatewayStatus Status => Summary().Status;

    public string Detail => Summary().Detail;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            var minimum = 1;
            Shard? resharding = null;
            while (await planner.PlanAsync(minimum, detail => _whole = _whole! with { Detail = detail }, cancellationToken) is { } plan)
            {
                if (resharding is { } by)
                {
                    Log.Resharding(logger, by, by.Count, plan.Count);
                }

                resharding = await RunShardsAsync(plan, cancellationToken);
                if (resharding is null || cancellationToken.IsCancellationRequested)
                {
                    return;
                }

                if (options.Value.ShardCount > 0)
                {
                    await RefuseToReshardAsync(resharding.Value, cancellationToken);
                    return;
                }

                // Discord has just said this count is too few, so never restart with fewer than twice as many.
                minimum = plan.Count * 2;
            }

            StopForGood(null, "Discord refused the bot token when asked for the gateway URL (Discord:BotToken)");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The app is stopping.
        }
        finally
        {
            if (cancellationToken.IsCancellationRequested)
            {
                _whole = new(Shard.Single, GatewayStatus.Stopped, "the app is stopping");
            }
        }
    }

    /// <summary>Runs every shard of <paramref name="plan"/>; returns the shard that was told to reshard (all others are then stopped), or null.</summary>
    private async Task<Shard?> RunShardsAsync(ShardPlan plan, CancellationToken cancellationToken)
    {
        using var generation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var clients = plan.Shards.Select(factory.Create).ToList();
        _running = clients;
        _whole = null;
        Log.ShardsStarting(logger, plan);
        var reshardBy = -1;
        await Task.WhenAll(clients.Select(async client =>
        {
            var shard = client.State.Current.Shard;
            if (await client.RunAsync(generation.Token) == ShardExit.Reshard && Interlocked.CompareExchange(ref reshardBy, shard.Id, -1) == -1)
            {
                _whole = new(shard, GatewayStatus.Reconnecting, $"resharding after {shard}: {client.State.Current.Detail}");
                await generation.CancelAsync();
            }
        }));
        return reshardBy < 0 ? null : new Shard(reshardBy, plan.Count);
    }

    /// <summary>With a fixed Discord:ShardCount the replicas share one split, so one replica must not change it alone.</summary>
    private async Task RefuseToReshardAsync(Shard by, CancellationToken cancellationToken)
    {
        var advice = await planner.RecommendedAsync(cancellationToken) is { } r ? $"; Discord recommends {r}" : "";
        StopForGood(4011, $"{by}: Discord requires more shards than Discord:ShardCount = {by.Count}{advice}. Raise Discord:ShardCount on every replica and restart");
    }

    /// <summary>Read once each, so a reshard starting meanwhile cannot mix two states.</summary>
    private (GatewayStatus Status, string Detail) Summary()
    {
        var whole = _whole;
        return whole is null ? GatewaySummary.Of([.. _running.Select(c => c.State.Current)]) : (whole.Status, whole.Detail);
    }

    private void StopForGood(int? closeCode, string reason)
    {
        // Logged before the state says Stopped: whoever sees Stopped (readiness, a test) finds the reason in the log.
        Log.Stopped(logger, "all shards", closeCode, reason);
        _whole = new(Shard.Single, GatewayStatus.Stopped, closeCode is { } code ? $"{reason} (close code {code})" : reason);
    }
}
