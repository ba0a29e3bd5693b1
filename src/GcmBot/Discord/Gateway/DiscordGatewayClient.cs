using GcmBot.Discord.Interactions;
using GcmBot.Hosting;

namespace GcmBot.Discord.Gateway;

/// <summary>
/// Keeps the bot connected: resumes after drops, RECONNECT and resumable INVALID_SESSION; identifies
/// afresh (after a short random wait) when the session is gone; backs off with jitter while connections
/// keep failing; and stops for good, loudly, on the fatal close codes (4004, 4010–4014).
/// </summary>
internal sealed class DiscordGatewayClient(
    GatewayConnection connection,
    GatewayUrlSource urls,
    GatewayTimings timings,
    TimeProvider time,
    GcmBotMetrics metrics,
    ILogger<DiscordGatewayClient> logger) : IDiscordGateway
{
    /// <summary>A session Discord keeps for resuming only a few minutes; after this many failed tries, start afresh.</summary>
    private const int GiveUpResumingAfter = 5;

    // One object, so a reader never sees one state's status with another's detail.
    private volatile GatewayState _state = new(GatewayStatus.Connecting, "connecting");

    public GatewayStatus Status => _state.Status;

    public string Detail => _state.Detail;

    public async Task RunAsync(CancellationToken cancellationToken)
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

            if (end.Next == NextStep.Stop)
            {
                _state = new(GatewayStatus.Stopped, Described(end));
                Log.Stopped(logger, end.CloseCode, end.Reason);
                return;
            }

            _state = new(GatewayStatus.Reconnecting, Described(end));
            metrics.Reconnected(InteractionChat.Surface);

            failures = end.WasReady ? 0 : failures + 1;

            // A short random wait even after a healthy connection, so a server that keeps closing does not get a tight loop.
            var delay = failures == 0 ? Between(TimeSpan.Zero, timings.ReconnectDelay) : Backoff(failures);
            if (end.Next == NextStep.NewSession || failures >= GiveUpResumingAfter)
            {
                session.Clear();
                delay += Between(timings.InvalidSessionDelayMin, timings.InvalidSessionDelayMax);
            }

            Log.Reconnecting(logger, end.Reason, end.CloseCode, end.Next, delay);
            try
            {
                await Task.Delay(delay, time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        _state = new(GatewayStatus.Stopped, "the app is stopping");
    }

    /// <summary>One connection; null when the gateway URL cannot be had because the token was refused.</summary>
    private async Task<ConnectionEnd?> ConnectOnceAsync(GatewaySession session, CancellationToken cancellationToken)
    {
        try
        {
            var url = session.CanResume ? session.ResumeUrl : await urls.GetAsync(cancellationToken);
            if (url is null)
            {
                return new ConnectionEnd(NextStep.Stop, null, "Discord refused the bot token when asked for the gateway URL (Discord:BotToken)", false);
            }

            return await connection.RunAsync(GatewayUrlSource.WithQuery(url), session, () => _state = new(GatewayStatus.Ready, "connected"), cancellationToken);
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

    /// <summary>Exponential from <see cref="GatewayTimings.ReconnectDelay"/>, capped, with full jitter.</summary>
    private TimeSpan Backoff(int failures)
    {
        var ceiling = timings.ReconnectDelay * Math.Pow(2, Math.Min(failures - 1, 16));
        return Between(timings.ReconnectDelay / 2, ceiling < timings.ReconnectDelayMax ? ceiling : timings.ReconnectDelayMax);
    }

    private TimeSpan Between(TimeSpan min, TimeSpan max) => min + (max - min) * timings.Jitter();

    private sealed record GatewayState(GatewayStatus Status, string Detail);
}
