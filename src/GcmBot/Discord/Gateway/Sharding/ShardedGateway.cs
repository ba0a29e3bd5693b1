using System.Text.Json;
using Microsoft.Extensions.Options;

namespace GcmBot.Discord.Gateway.Sharding;

/// <summary>
/// The gateway as a whole: works out the shard count (Discord:ShardCount, or the count GET /gateway/bot
/// recommends), runs this replica's shards (Discord:ShardIds) side by side, and after close code 4011
/// (sharding required) re-reads the count and restarts them all. Ready only while every shard is.
/// </summary>
internal sealed class ShardedGateway(
    IOptions<DiscordOptions> options,
    GatewayUrlSource urls,
    GatewayShardFactory factory,
    GatewayTimings timings,
    TimeProvider time,
    ILogger<ShardedGateway> logger) : IDiscordGateway
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
            while (await PlanAsync(minimum, cancellationToken) is { } plan)
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
            var current = client.State.Current;
            if (await client.RunAsync(generation.Token) == ShardExit.Reshard && Interlocked.CompareExchange(ref reshardBy, current.Shard.Id, -1) == -1)
            {
                _whole = new(current.Shard, GatewayStatus.Reconnecting, $"resharding after {current.Shard}: {client.State.Current.Detail}");
                await generation.CancelAsync();
            }
        }));
        return reshardBy < 0 ? null : new Shard(reshardBy, plan.Count);
    }

    /// <summary>The shard count and this replica's shards, once GET /gateway/bot has given a URL; null when the token was refused.</summary>
    private async Task<ShardPlan?> PlanAsync(int minimum, CancellationToken cancellationToken)
    {
        for (var failures = 1; ; failures++)
        {
            var reading = await ReadAsync(cancellationToken);
            if (reading.TokenRefused)
            {
                StopForGood(null, "Discord refused the bot token when asked for the gateway URL (Discord:BotToken)");
                return null;
            }

            var configured = options.Value.ShardCount;
            int? count = configured > 0 ? configured : reading.RecommendedShards is { } recommended ? Math.Max(recommended, minimum) : null;
            if (count is { } n && urls.Url is not null)
            {
                return ShardPlan.For(n, options.Value.ShardIds);
            }

            var delay = timings.Backoff(failures);
            _whole = _whole! with { Detail = $"waiting for GET /gateway/bot ({reading.Outcome}) for the gateway URL and shard count" };
            Log.ShardCountUnknown(logger, reading.Outcome, delay);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    /// <summary>With a fixed Discord:ShardCount the replicas share one split, so one replica must not change it alone.</summary>
    private async Task RefuseToReshardAsync(Shard by, CancellationToken cancellationToken)
    {
        var recommended = (await ReadAsync(cancellationToken)).RecommendedShards;
        var advice = recommended is { } r ? $"; Discord recommends {r}" : "";
        StopForGood(4011, $"{by}: Discord requires more shards than Discord:ShardCount = {by.Count}{advice}. Raise Discord:ShardCount on every replica and restart");
    }

    private async Task<GatewayBotReading> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await urls.ReadAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            Log.ConnectFailed(logger, ex.GetType().Name, ex.Message);
            return new GatewayBotReading(Rest.RestOutcome.BadRequest, null);
        }
    }

    private void StopForGood(int? closeCode, string reason)
    {
        _whole = new(Shard.Single, GatewayStatus.Stopped, closeCode is { } code ? $"{reason} (close code {code})" : reason);
        Log.Stopped(logger, "all shards", closeCode, reason);
    }

    private (GatewayStatus Status, string Detail) Summary()
    {
        if (_whole is { } whole)
        {
            return (whole.Status, whole.Detail);
        }

        var shards = Shards;
        if (shards.Count == 1)
        {
            return (shards[0].Status, shards[0].Detail);
        }

        var worst = shards.MaxBy(s => Severity(s.Status))!;
        var detail = worst.Status == GatewayStatus.Ready
            ? $"connected ({shards.Count} shards)"
            : string.Join("; ", shards.Where(s => s.Status != GatewayStatus.Ready).Select(s => $"{s.Shard}: {s.Detail}"));
        return (worst.Status, detail);
    }

    private static int Severity(GatewayStatus status) => status switch
    {
        GatewayStatus.Ready => 0,
        GatewayStatus.Connecting => 1,
        GatewayStatus.Reconnecting => 2,
        _ => 3,
    };
}
