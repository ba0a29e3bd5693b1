using GcmBot.Discord.Gateway.Sharding;
using GcmBot.Hosting;

namespace GcmBot.Discord.Gateway;

/// <summary>
/// Keeps one shard connected: resumes after drops, RECONNECT and resumable INVALID_SESSION; identifies
/// afresh (after a short random wait) when the session is gone; backs off with jitter while connections
/// keep failing; stops for good, loudly, on the fatal close codes (4004, 4010, 4012–4014); and hands
/// close code 4011 (sharding required) back to <see cref="ShardedGateway"/>.
/// </summary>
internal sealed class DiscordGatewayClient(
    Shard shard,
    GatewayConnection connection,
    GatewayUrlSource urls,
    GatewayTimings timings,
    TimeProvider time,
    GcmBotMetrics metrics,
    ILogger logger)
{
    /// <summary>A session Discord keeps for resuming only a few minutes; after this many failed tries, start afresh.</summary>
    private const int GiveUpResumingAfter = 5;

    public ShardState State { get; } = new(shard);

    /// <summary>Runs until cancelled or stopped for good; <see cref="ShardExit.Reshard"/> after close code 4011.</summary>
    public async Task<ShardExit> RunAsync(CancellationToken cancellationToken)
    {
        var session = new GatewaySession();
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var end = await ConnectOnceAsync(session, cancellationToken);
            if (end is null || cancellationToken.IsCancellationRequested)
            {
                break;
            }

            if (end.Next == NextStep.Reshard)
            {
                State.Set(GatewayStatus.Reconnecting, Described(end));
                return ShardExit.Reshard;
            }

            if (end.Next == NextStep.Stop)
            {
                // Logged before the state says Stopped, so whoever sees Stopped finds the reason in the log.
                Log.Stopped(logger, shard.ToString(), end.CloseCode, end.Reason);
                State.Set(GatewayStatus.Stopped, Described(end));
                return ShardExit.Stopped;
            }

            State.Set(GatewayStatus.Reconnecting, Described(end));
            metrics.Reconnected(Core.Routing.Surface.Discord.Name);

            failures = end.WasReady ? 0 : failures + 1;

            // A short random wait even after a healthy connection, so a server that keeps closing does not get a tight loop.
            var delay = failures == 0 ? timings.Between(TimeSpan.Zero, timings.ReconnectDelay) : timings.Backoff(failures);
            if (end.Next == NextStep.NewSession || failures >= GiveUpResumingAfter)
            {
                session.Clear();
                delay += timings.Between(timings.InvalidSessionDelayMin, timings.InvalidSessionDelayMax);
            }

            Log.Reconnecting(logger, shard, end.Reason, end.CloseCode, end.Next, delay);
            try
            {
                await Task.Delay(delay, time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        State.Set(GatewayStatus.Stopped, "the app is stopping");
        return ShardExit.Stopped;
    }

    /// <summary>One connection; null when cancelled.</summary>
    private async Task<ConnectionEnd?> ConnectOnceAsync(GatewaySession session, CancellationToken cancellationToken)
    {
        try
        {
            var url = (session.CanResume ? session.ResumeUrl : urls.Url)
                ?? throw new InvalidOperationException("No gateway URL is known yet (GET /gateway/bot has not answered).");
            return await connection.RunAsync(GatewayUrlSource.WithQuery(url), session, State, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex)
        {
            // Whatever went wrong with this connection, the next one may work: never let the gateway die of it.
            Log.ConnectFailed(logger, ex.GetType().Name, ex.Message);
            return new ConnectionEnd(NextStep.Resume, null, "connection failed", false);
        }
    }

    private static string Described(ConnectionEnd end) => end.CloseCode is { } code ? $"{end.Reason} (close code {code})" : end.Reason;
}

internal enum ShardExit
{
    /// <summary>For good (fatal close code) or because the app is stopping.</summary>
    Stopped,

    /// <summary>Close code 4011: the shard count must grow.</summary>
    Reshard,
}
